package org.fieldlaw.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.privacy.PartyMasking;
import org.fieldlaw.security.Roles;
import org.fieldlaw.sync.ConflictService;
import org.fieldlaw.sync.SyncDto.ConflictView;

/**
 * Sync conflicts (离线同步冲突): what the phone sent beside what the service held when it arrived, so
 * that a person decides, with the reason written, instead of the last write silently winning.
 */
@ApplicationScoped
public class ConflictPage {

    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("CASE_CREATE", "新建案件"), Map.entry("CASE_UPDATE", "修改案件"),
            Map.entry("CASE_TRANSITION", "案件程序步骤"), Map.entry("CASE_EVENT", "案件事项"), Map.entry("CASE_DOCUMENT_ISSUE", "出具文书"),
            Map.entry("CASE_DOCUMENT_SERVICE", "文书送达"), Map.entry("SITE_REPORT", "违建巡查报告"), Map.entry("SITE_VISIT", "违建点复查"),
            Map.entry("SITE_STATUS", "违建点状态"), Map.entry("PATROL_PUT", "巡查"), Map.entry("PATROL_TRACK", "巡查轨迹"));

    @RegisterForReflection
    public record Conflict(UUID id, String kind, String target, String raisedAt, String detail, String received, String server, boolean open,
            String resolution, String resolvedAt) {
    }

    private static final int OPEN_PAGE = 20;
    private static final int RESOLVED_PAGE = 50;

    private final ConflictService conflicts;
    private final PlaceChoices places;
    private final ObjectMapper mapper;
    private final Caller caller;

    ConflictPage(ConflictService conflicts, PlaceChoices places, ObjectMapper mapper, Caller caller) {
        this.conflicts = conflicts;
        this.places = places;
        this.mapper = mapper;
        this.caller = caller;
    }

    /** Open conflicts (20 a page, each shown in full) or resolved ones (50 a page, in a table). */
    public Map<String, Object> data(String status, String town, String cursor) {
        boolean open = status == null || status.isBlank() || "open".equals(status);
        if (!open && !"resolved".equals(status)) {
            throw ApiException.invalid("status", "状态应为 open 或 resolved (status is open or resolved)");
        }
        String place = town == null || town.isBlank() ? null : town.trim();
        ConflictService.Page page = conflicts.page(open, place, cursor, open ? OPEN_PAGE : RESOLVED_PAGE);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("showingOpen", open);
        data.put("rows", page.items().stream().map(this::conflict).toList());
        data.put("towns", places.under(place));
        data.put("status", open ? "open" : "resolved");
        data.put("filtered", place != null);
        String query = "status=" + (open ? "open" : "resolved") + (place == null ? "" : "&town=" + place);
        data.put("self", "/console/conflicts?" + query);
        data.put("next", page.nextCursor() == null ? "" : "/console/conflicts?" + query + "&cursor=" + page.nextCursor());
        data.put("mayResolve", caller.hasRole(Roles.SUPERVISOR) || caller.hasRole(Roles.OFFICER));
        return data;
    }

    public void resolve(UUID id, String resolution) {
        if (resolution == null || resolution.isBlank() || resolution.length() > 2000) {
            throw ApiException.invalid("resolution", "须写明如何处理（2000 字以内）(say how it was settled, at most 2000 characters)");
        }
        conflicts.resolve(id, resolution.trim());
    }

    private Conflict conflict(ConflictView c) {
        String kind = c.kind() == null ? "" : KINDS.getOrDefault(c.kind().name(), c.kind().name());
        return new Conflict(c.id(), kind, c.targetId() == null ? "" : c.targetId().toString(), ConsoleFormat.minute(c.raisedAt()),
                c.detail() == null ? "" : c.detail(), pretty(c.received()), pretty(c.server()), "OPEN".equals(c.status()),
                c.resolution() == null ? "" : c.resolution(), ConsoleFormat.minute(c.resolvedAt()));
    }

    private String pretty(JsonNode json) {
        if (json == null || json.isNull()) {
            return "";
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(PartyMasking.masked(json));
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
