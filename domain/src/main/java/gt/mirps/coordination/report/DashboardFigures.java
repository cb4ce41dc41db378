package gt.mirps.coordination.report;

import java.util.List;

/** Everything the manager dashboard shows for one period, as the database counted it. */
public record DashboardFigures(
    DashboardPeriod period,
    List<GroupHeads> byInstitutionKind,
    List<GroupHeads> byCountry,
    List<GroupCount> eventsByMonth,
    List<GroupCount> commitmentsByStatus,
    List<GroupCount> commitmentsByArea,
    long overdueCommitments,
    List<GroupCount> citiesByDepartment,
    List<GroupCount> cityServices) {}
