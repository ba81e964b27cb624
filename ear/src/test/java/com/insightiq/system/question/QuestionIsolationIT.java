package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.insightiq.system.Api;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another tenant's member reaches none of acme's questions (their ids are unknown in their own tenant: 404; acme's
 * URLs are not theirs: 403), and in acme a viewer opens and runs questions but changes nothing (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionIsolationIT {


    @Test
    void anotherTenantReachesNoneOfAcmesQuestionsAndViewersChangeNothing() {
        try (QuestionTenant acme = QuestionTenant.create("qisoacme");
             QuestionTenant globex = QuestionTenant.create("qisoglob")) {
            JsonObject question = acme.create(acme.body("Acme secret margin", "SELECT region FROM sales"));
            long id = question.getJsonNumber("id").longValue();
            String body = acme.body("Stolen", "SELECT 1").build().toString();
            Api g = globex.admin;
            for (String base : List.of(globex.questions(), acme.questions())) {
                int expected = base.equals(acme.questions()) ? 403 : 404;
                String path = base + "/" + id;
                g.get(path).isJsonError(expected);
                g.put(path, body).isJsonError(expected);
                g.delete(path).isJsonError(expected);
                g.delete(path + "?permanent=true").isJsonError(expected);
                g.post(path + "/restore", "").isJsonError(expected);
                g.post(path + "/duplicate", "{}").isJsonError(expected);
                g.post(path + "/move", "{\"collectionId\":null}").isJsonError(expected);
                g.post(path + "/pin", "").isJsonError(expected);
                g.delete(path + "/pin").isJsonError(expected);
                g.get(path + "/revisions").isJsonError(expected);
                g.post(path + "/revisions/1/restore", "").isJsonError(expected);
                g.post(path + "/run", "{}").isJsonError(expected);
            }
            g.get(acme.questions()).isJsonError(403);
            g.post(acme.questions(), body).isJsonError(403);
            assertFalse(g.get(globex.questions()).body().contains("Acme secret"));
            assertFalse(g.get(globex.questions() + "?archived=true").body().contains("Acme secret"));

            Api viewer = acme.member("viewer", "vic");
            String path = acme.questions() + "/" + id;
            assertEquals(200, viewer.get(path).status());
            assertEquals(200, viewer.get(acme.questions()).status());
            assertEquals(200, viewer.get(path + "/revisions").status());
            assertEquals(200, viewer.post(path + "/run", "{}").status());
            viewer.post(acme.questions(), body).isJsonError(403);
            viewer.put(path, body).isJsonError(403);
            viewer.delete(path).isJsonError(403);
            viewer.post(path + "/duplicate", "{}").isJsonError(403);
            viewer.post(path + "/move", "{\"collectionId\":null}").isJsonError(403);
            viewer.post(path + "/pin", "").isJsonError(403);
            viewer.post(path + "/revisions/1/restore", "").isJsonError(403);
            assertEquals("Acme secret margin", acme.admin.get(path).json().getString("name"), "nothing changed");
        }
    }
}
