package org.fieldlaw.privacy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What an auditor reads of the reveals: the party is named by the identifier the auditor asked with, never echoed. */
public final class PersonalDataViewDto {

    private PersonalDataViewDto() {
    }

    /**
     * What an auditor asks for, every part optional: {@code party} the resident ID number or unified social credit code
     * (matched by its keyed hash, never kept or echoed), {@code viewer} an officer's id, {@code owner} a case's or a
     * site's id, {@code from} and {@code to} days in Asia/Shanghai, both included; newest first, {@code limit} a page
     * (50 by default), {@code cursor} the previous page's {@code nextCursor}.
     */
    @RegisterForReflection
    public record ViewSearch(
            @Pattern(regexp = "[0-9A-Za-z]{1,64}", message = "应为身份证号码或统一社会信用代码 (a resident ID number or unified social credit code)")
            String party,
            UUID viewer,
            UUID owner,
            LocalDate from,
            LocalDate to,
            @Size(max = 200) String cursor,
            @Min(1) @Max(200) Integer limit) {
    }

    @RegisterForReflection
    public record Viewer(UUID id, String name) {
    }

    @RegisterForReflection
    public record Owner(String kind, UUID id, String placeCode) {
    }

    @RegisterForReflection
    public record ViewItem(UUID id, OffsetDateTime viewedAt, Viewer viewer, Owner owner, List<String> fields, String reason) {
    }

    @RegisterForReflection
    public record ViewPage(List<ViewItem> items, String nextCursor) {
    }
}
