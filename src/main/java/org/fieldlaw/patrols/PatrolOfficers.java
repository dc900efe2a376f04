package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RecentOfficers;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.patrols.PatrolDto.OfficerRef;

/** The officers named on patrols and assignments: active, and serving within the caller's jurisdiction. */
@ApplicationScoped
class PatrolOfficers {

    private final RecentOfficers recent;
    private final Caller caller;

    PatrolOfficers(RecentOfficers recent, Caller caller) {
        this.recent = recent;
        this.caller = caller;
    }

    void requireUsable(List<UUID> ids, String field) {
        for (int i = 0; i < ids.size(); i++) {
            RegisteredOfficer o = recent.find(ids.get(i));
            if (o == null || !o.active() || !caller.covers(o.body().jurisdictionCode())) {
                throw ApiException.invalid(field + "[" + i + "]", "不是您管辖范围内的在职执法人员 (not an active officer within your jurisdiction): "
                        + ids.get(i));
            }
        }
    }

    List<OfficerRef> refs(Collection<UUID> ids) {
        return ids.stream().map(id -> {
            RegisteredOfficer o = recent.find(id);
            return new OfficerRef(id, o == null ? null : o.name());
        }).toList();
    }
}
