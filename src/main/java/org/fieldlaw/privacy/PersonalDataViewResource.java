package org.fieldlaw.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewPage;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewSearch;
import org.fieldlaw.security.Roles;

/**
 * The auditors' list of who saw which party's personal data, when and why (个人信息查看记录). A search is posted, not
 * put in the address: an ID number in a query string would be written into every proxy's and ingress's access log.
 */
@Tag(name = "个人信息 Personal data")
@Path("/api/v1/personal-data-views")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataViewResource {

    private final PersonalDataViews views;

    PersonalDataViewResource(PersonalDataViews views) {
        this.views = views;
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchPersonalDataViews", summary = "个人信息查看记录 Who saw which party's personal data, when and why")
    @RolesAllowed(Roles.AUDITOR)
    public ViewPage search(@Valid @NotNull ViewSearch search) {
        return views.page(search);
    }
}
