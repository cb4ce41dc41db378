package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.opendata.CommitmentDataset;
import gt.mirps.coordination.opendata.CommuniqueDataset;
import gt.mirps.coordination.opendata.EventDataset;
import gt.mirps.coordination.opendata.InstitutionDataset;
import gt.mirps.coordination.opendata.SolidarityCityDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The five open datasets, in the order the "Datos abiertos" page lists them. */
@ApplicationScoped
public class OpenDataCatalog {

  private List<OpenDataFile<?>> files;

  /** For the container's proxies only. */
  protected OpenDataCatalog() {}

  @Inject
  public OpenDataCatalog(
      CommuniqueDataset communiques,
      EventDataset events,
      InstitutionDataset institutions,
      SolidarityCityDataset solidarityCities,
      CommitmentDataset commitments) {
    files =
        List.of(
            new OpenDataFile<>(
                "communiques",
                "comunicados",
                communiques,
                c -> OpenDataColumns.communiques(c.texts(), c.site())),
            new OpenDataFile<>(
                "events", "eventos", events, c -> OpenDataColumns.events(c.texts(), c.site())),
            new OpenDataFile<>(
                "institutions",
                "instituciones",
                institutions,
                c -> OpenDataColumns.institutions(c.texts())),
            new OpenDataFile<>(
                "solidarityCities",
                "ciudades-solidarias",
                solidarityCities,
                c -> OpenDataColumns.solidarityCities(c.texts())),
            new OpenDataFile<>(
                "commitments",
                "compromisos",
                commitments,
                c -> OpenDataColumns.commitments(c.texts(), c.today())));
  }

  public List<OpenDataFile<?>> all() {
    return files;
  }

  public Optional<OpenDataFile<?>> bySlug(String slug) {
    return files.stream().filter(f -> f.slug().equals(slug)).findFirst();
  }
}
