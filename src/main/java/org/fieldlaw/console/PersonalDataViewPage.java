package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewItem;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewPage;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewSearch;
import org.fieldlaw.privacy.PersonalDataViews;

/**
 * The auditors' page of who saw which party's personal data (个人信息查看记录): a search by the party's ID number or
 * credit code (posted, so it stays out of addresses and logs) and period, newest first.
 */
@ApplicationScoped
public class PersonalDataViewPage {

    private static final int PAGE = 50;
    private static final Map<String, String> OWNERS = Map.of("CASE", "案件", "SITE", "违建点");
    private static final Map<String, String> FIELDS = Map.of("party", "当事人完整信息", "documents", "案卷（含文书）");

    /** One reveal as a row: when, who, of what (linked), where, what was shown, why. */
    @RegisterForReflection
    public record Row(String at, String viewer, String owner, String href, String place, String fields, String reason) {
    }

    private final PersonalDataViews views;
    private final JurisdictionDirectory directory;

    PersonalDataViewPage(PersonalDataViews views, JurisdictionDirectory directory) {
        this.views = views;
        this.directory = directory;
    }

    /** The page before any search: the form, and the latest reveals in the caller's jurisdiction. */
    public Map<String, Object> data() {
        Map<String, Object> data = rows(new ViewSearch(null, null, null, null, null, null, PAGE));
        data.put("searched", false);
        return data;
    }

    public Map<String, Object> search(MultivaluedMap<String, String> form) {
        String party = CaseForms.text(form, "party");
        if (party != null && !party.matches("[0-9A-Za-z]{1,64}")) {
            throw ApiException.invalid("party", "应为身份证号码或统一社会信用代码 (a resident ID number or unified social credit code)");
        }
        Map<String, Object> data = rows(new ViewSearch(party, null, null, Params.date("from", form.getFirst("from")),
                Params.date("to", form.getFirst("to")), CaseForms.text(form, "cursor"), PAGE));
        data.put("searched", true);
        data.put("party", party == null ? "" : party);
        data.put("from", form.getFirst("from") == null ? "" : form.getFirst("from"));
        data.put("to", form.getFirst("to") == null ? "" : form.getFirst("to"));
        return data;
    }

    private Map<String, Object> rows(ViewSearch search) {
        ViewPage page = views.page(search);
        JurisdictionTree tree = directory.tree();
        List<Row> rows = page.items().stream().map(v -> row(v, tree)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rows", rows);
        data.put("next", page.nextCursor() == null ? "" : page.nextCursor());
        return data;
    }

    private static Row row(ViewItem v, JurisdictionTree tree) {
        String kind = v.owner().kind();
        String href = switch (kind) {
            case "CASE" -> "/console/cases/" + v.owner().id();
            case "SITE" -> "/console/sites/" + v.owner().id();
            default -> "";
        };
        return new Row(ConsoleFormat.minute(v.viewedAt()), v.viewer().name(), OWNERS.getOrDefault(kind, kind), href,
                tree.nameOf(v.owner().placeCode()), String.join("、", v.fields().stream().map(f -> FIELDS.getOrDefault(f, f)).toList()),
                v.reason() == null ? "（未填写）" : v.reason());
    }
}
