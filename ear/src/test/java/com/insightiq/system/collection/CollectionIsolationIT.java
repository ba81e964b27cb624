package com.insightiq.system.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another tenant's admin cannot reach acme's collections: acme's ids in their own tenant's URLs answer 404 on every
 * endpoint, acme's URLs 403, and search never returns another tenant's items even when names are the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollectionIsolationIT {


    @Test
    void anotherTenantReachesNoneOfAcmesCollections() {
        CollectionTenant acme = CollectionTenant.create("cisoacme");
        CollectionTenant globex = CollectionTenant.create("cisoglobex");
        long acmeAdmin = CollectionTenant.userId(acme.admin);
        for (int i = 0; i < 6; i++) { // ids are per tenant: acme's used ones must not exist in globex
            acme.collection(acme.admin, "Filler " + i, null);
            acme.question("Filler " + i, null, null, acmeAdmin);
        }
        long secret = acme.collection(acme.admin, "Quarterly numbers", null);
        long q = acme.question("Quarterly revenue", "acme only", secret, acmeAdmin);
        long trashed = acme.collection(acme.admin, "Quarterly old", null);
        assertEquals(204, acme.admin.delete(acme.api("/collections/" + trashed)).status());
        long own = globex.collection(globex.admin, "Quarterly numbers", null);
        Api g = globex.admin;

        String body = CollectionTenant.form("Stolen", null).build().toString();
        g.get(globex.api("/collections/" + secret)).isJsonError(404);
        g.get(globex.api("/collections/" + secret + "/items")).isJsonError(404);
        g.put(globex.api("/collections/" + secret), body).isJsonError(404);
        g.delete(globex.api("/collections/" + secret)).isJsonError(404);
        g.delete(globex.api("/collections/" + trashed + "?permanent=true")).isJsonError(404);
        g.post(globex.api("/collections/" + trashed + "/restore"), "").isJsonError(404);
        g.get(globex.api("/collections/" + secret + "/grants")).isJsonError(404);
        g.put(globex.api("/collections/" + secret + "/grants"), "{\"analyst\": \"none\", \"viewer\": null}")
                .isJsonError(404);
        g.post(globex.api("/collections/" + secret + "/pins"), "{\"questionId\": " + q + "}").isJsonError(404);
        g.delete(globex.api("/collections/" + secret + "/pins/" + q)).isJsonError(404);
        g.post(globex.api("/collections"), CollectionTenant.form("Inside", secret).build().toString())
                .isJsonError(400);
        g.put(globex.api("/collections/" + own), CollectionTenant.form("Moved", secret).build().toString())
                .isJsonError(400);
        g.put(globex.api("/bookmarks/collection/" + secret), null).isJsonError(404);
        g.put(globex.api("/bookmarks/question/" + q), null).isJsonError(404);
        g.post(globex.api("/collections/trash/question/" + q + "/restore"), "").isJsonError(404);
        g.delete(globex.api("/collections/trash/question/" + q)).isJsonError(404);
        assertFalse(g.get(globex.api("/collections/trash")).body().contains("Quarterly old"));
        assertFalse(g.get(globex.api("/bookmarks")).body().contains("Quarterly"));

        String acmeApi = "/t/" + acme.slug + "/api/v1";
        g.get(acmeApi + "/collections").isJsonError(403);
        g.get(acmeApi + "/collections/" + secret).isJsonError(403);
        g.get(acmeApi + "/collections/" + secret + "/items").isJsonError(403);
        g.get(acmeApi + "/collections/root/items").isJsonError(403);
        g.post(acmeApi + "/collections", body).isJsonError(403);
        g.delete(acmeApi + "/collections/" + secret).isJsonError(403);
        g.get(acmeApi + "/collections/trash").isJsonError(403);
        g.get(acmeApi + "/collections/root/grants").isJsonError(403);
        g.get(acmeApi + "/bookmarks").isJsonError(403);
        g.get(acmeApi + "/search?q=quarterly").isJsonError(403);

        String found = g.get(globex.api("/search?q=quarterly")).body();
        assertTrue(found.contains("\"id\":" + own), found);
        assertFalse(found.contains("Quarterly revenue"), found);
        assertFalse(found.contains("\"id\":" + secret + ","), found);
        assertFalse(g.get(globex.api("/collections/root/items")).body().contains("\"id\":" + secret + ","));
        assertEquals(1, acme.admin.get(acme.api("/search?q=quarterly%20revenue")).array().size());
    }
}
