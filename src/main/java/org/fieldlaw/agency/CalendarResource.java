package org.fieldlaw.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldlaw.agency.CalendarDto.DeadlineView;
import org.fieldlaw.agency.CalendarDto.SpanView;
import org.fieldlaw.agency.CalendarDto.YearRequest;
import org.fieldlaw.agency.CalendarDto.YearView;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.ScheduledDay;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.security.Roles;

/**
 * The working-day calendar: one national schedule, readable by every role; replaced only by a
 * bureau administrator at city level or above, since it governs every deadline in the city.
 */
@Path("/api/v1/agency/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService calendars;
    private final Caller caller;
    private final JurisdictionDirectory directory;

    CalendarResource(CalendarService calendars, Caller caller, JurisdictionDirectory directory) {
        this.calendars = calendars;
        this.caller = caller;
        this.directory = directory;
    }

    @GET
    @Path("{year}")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public Response year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        YearView view = calendars.yearView(year);
        Response.ResponseBuilder ok = Response.ok(view);
        return view.version() == null ? ok.build() : ok.tag(Versions.tag(view.version())).build();
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response replace(@PathParam("year") @Min(2000) @Max(2100) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull YearRequest request) {
        JurisdictionLevel level = directory.tree().find(caller.jurisdictionCode()).orElseThrow().level();
        if (level != JurisdictionLevel.CITY && level != JurisdictionLevel.PROVINCE) {
            throw new ApiException(ProblemType.OUTSIDE_JURISDICTION,
                    "节假日安排由市级以上管理员维护 (the calendar is kept by city-level administrators)");
        }
        Long expected = ifMatch == null ? null : Versions.required(ifMatch);
        List<ScheduledDay> days = request.days().stream().map(d -> new ScheduledDay(d.date(), d.kind(), d.name())).toList();
        calendars.replaceYear(year, request.source(), days, expected);
        YearView view = calendars.yearView(year);
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }

    /** The last day of a period of N working days starting the day after {@code from}. */
    @GET
    @Path("deadline")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public DeadlineView deadline(@QueryParam("from") String fromParam, @QueryParam("workingDays") String daysParam) {
        LocalDate from = Params.requiredDate("from", fromParam);
        int workingDays = Params.requiredInt("workingDays", daysParam, 0, 366);
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate due = calendar.addWorkingDays(from, workingDays);
        return new DeadlineView(from, workingDays, due, loaded(calendar, from, due), warning(calendar, from, due));
    }

    /** Working days after {@code from} up to and including {@code to}. */
    @GET
    @Path("working-days")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public SpanView workingDays(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = Params.requiredDate("from", fromParam);
        LocalDate to = Params.requiredDate("to", toParam);
        if (Math.abs(ChronoUnit.DAYS.between(from, to)) > 3 * 366) {
            throw ApiException.invalid("to", "时间跨度过长 (span longer than three years)");
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate first = from.isBefore(to) ? from : to;
        LocalDate last = from.isBefore(to) ? to : from;
        return new SpanView(from, to, calendar.workingDaysBetween(from, to), loaded(calendar, first, last),
                warning(calendar, first, last));
    }

    private static boolean loaded(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!calendar.isScheduleLoaded(y)) {
                return false;
            }
        }
        return true;
    }

    private static String warning(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return loaded(calendar, from, to) ? null
                : "所涉年份的节假日安排尚未录入，仅按周末计算 (the holiday schedule of a year in this span is not loaded: weekends only)";
    }
}
