package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.publication.PublicDecision;
import org.fieldlaw.publication.Publication;
import org.fieldlaw.publication.PublicationService;
import org.fieldlaw.security.Roles;

/**
 * The publication queue (执法公示) with the redacted text each decision goes out with, published by a
 * supervisor; and the public list of published decisions, for citizens, with no sign-in.
 */
@ApplicationScoped
public class PublicationPage {

    /** A decision as its public text reads; the same for the queue's preview and the public page. */
    @RegisterForReflection
    public record Text(String number, String body, String town, String party, String violation, String provisions, String penalties,
            String fine, String decidedOn, String publishedAt) {
    }

    @RegisterForReflection
    public record Entry(UUID caseId, String state, boolean pending, boolean overdue, String decidedOn, String dueOn, String note, Text text) {
    }

    private final PublicationService publications;
    private final PlaceChoices places;
    private final Caller caller;

    PublicationPage(PublicationService publications, PlaceChoices places, Caller caller) {
        this.publications = publications;
        this.places = places;
        this.caller = caller;
    }

    /** Published or withdrawn decisions shown under the queue; older ones are on the public page. */
    static final int RECENT = 50;

    /** Decisions awaiting publication shown a page at a time, each with its redacted text. */
    static final int PAGE = 20;

    /** The queue a page at a time, the earliest due first, narrowed to a town or county when asked; then the latest done. */
    public Map<String, Object> queue(String town, String cursor) {
        String place = town == null || town.isBlank() ? null : town.trim();
        PublicationService.ItemPage page = publications.pending(place, cursor, PAGE);
        PublicationService.Backlog backlog = publications.backlog();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pending", page.items().stream().map(PublicationPage::entry).toList());
        data.put("waiting", backlog.pending());
        data.put("late", backlog.overdue());
        data.put("towns", places.under(place));
        data.put("filtered", place != null);
        data.put("next", page.nextCursor() == null ? "" : "/console/publications?" + (place == null ? "" : "town=" + place + "&") + "cursor="
                + page.nextCursor());
        data.put("done", cursor == null || cursor.isBlank() ? publications.recent(RECENT).stream().map(PublicationPage::entry).toList() : List.of());
        data.put("recent", RECENT);
        data.put("mayPublish", caller.hasRole(Roles.SUPERVISOR));
        return data;
    }

    public void publish(UUID caseId) {
        publications.publish(caseId);
    }

    /** The published decisions, newest first, a page at a time; no sign-in. */
    public Map<String, Object> published(String cursor) {
        PublicDecision.Page page = publications.published(null, cursor, 20);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", page.items().stream().map(PublicationPage::text).toList());
        data.put("next", page.nextCursor() == null ? "" : "/public/decisions?cursor=" + page.nextCursor());
        data.put("problem", "");
        return data;
    }

    private static Entry entry(PublicationService.Item i) {
        String state = switch (i.status()) {
            case PENDING -> i.overdue() ? "逾期未公示" : "待公示";
            case PUBLISHED -> "已公示";
            case WITHDRAWN -> "已撤回";
        };
        String note = i.withdrawalReason() == null ? "" : i.withdrawalReason();
        return new Entry(i.caseId(), state, i.status() == Publication.Status.PENDING, i.overdue(), String.valueOf(i.decidedOn()),
                String.valueOf(i.dueOn()), note, i.text() == null ? null : text(i.text()));
    }

    static Text text(PublicDecision d) {
        String provisions = d.breachedProvision() == null ? "" : "违反" + d.breachedProvision() + "，依据" + d.penaltyProvision();
        return new Text(d.caseNumber(), d.body(), d.town(), d.party(), d.violation(), provisions, String.join("、", d.penalties()),
                d.fine() == null ? "" : ConsoleFormat.yuan(d.fine()), String.valueOf(d.decidedOn()), ConsoleFormat.minute(d.publishedAt()));
    }

}
