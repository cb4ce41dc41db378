package gt.mirps.coordination.commitment;

/** What a commitment offers, after the Global Refugee Forum's pledge types. */
public enum CommitmentType {
  POLICY,
  TECHNICAL,
  FINANCIAL,
  MATERIAL,
  COORDINATION
}
