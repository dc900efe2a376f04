package org.fieldlaw.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A party inside a body shown to someone is masked as a case masks it until revealed; an organisation stays public. */
class PartyMaskingTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aPersonKeepsTheSurnameAndTheLastFourOfTheIdNumberWhereverThePartySits() throws Exception {
        JsonNode body = mapper.readTree("""
                {"operations": [{"body": {"party": {"kind": "PERSON", "name": "张三丰", "idNumber": "440703198506121234",
                  "birthDate": "1985-06-12", "address": "白沙街道某路 1 号"}, "summary": "张三丰在路边摆卖"}}]}""");
        JsonNode party = PartyMasking.masked(body).at("/operations/0/body/party");
        assertEquals("张**", party.get("name").asText());
        assertEquals("**************1234", party.get("idNumber").asText());
        assertEquals("（已隐去）", party.get("birthDate").asText());
        assertEquals("（已隐去）", party.get("address").asText());
        assertEquals("440703198506121234", body.at("/operations/0/body/party/idNumber").asText(), "the body given is left as it was");
    }

    @Test
    void anOrganisationsNameAndCreditCodeArePublic() throws Exception {
        JsonNode party = PartyMasking.masked(mapper.readTree("""
                {"party": {"kind": "ORGANISATION", "name": "江门某餐饮有限公司", "creditCode": "91440703MA4UABCD1X"}}""")).get("party");
        assertEquals("江门某餐饮有限公司", party.get("name").asText());
        assertEquals("91440703MA4UABCD1X", party.get("creditCode").asText());
    }

    @Test
    void aSiteReportsFlatPartyFieldsAreMaskedAsAPersons() throws Exception {
        JsonNode report = PartyMasking.masked(mapper.readTree("""
                {"siteId": "x", "partyName": "欧阳建房", "partyIdentifier": "440703198506121234", "address": "白沙街道某村"}"""));
        assertEquals("欧***", report.get("partyName").asText());
        assertEquals("**************1234", report.get("partyIdentifier").asText());
        assertEquals("白沙街道某村", report.get("address").asText(), "the site's own address is a place, not the party's");
    }
}
