package com.insightiq.collection.control;

import static com.insightiq.collection.entity.CollectionAccess.CURATE;
import static com.insightiq.collection.entity.CollectionAccess.NONE;
import static com.insightiq.collection.entity.CollectionAccess.VIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.access.entity.Role;
import com.insightiq.collection.entity.CollectionGrant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionPolicyTest {
    private static final long ME = 7;

    @Test
    void defaultsAnalystsCurateViewersView() {
        assertEquals(CURATE, policy(Role.ANALYST).accessOf(4, "/", null));
        assertEquals(VIEW, policy(Role.VIEWER).accessOf(4, "/", null));
        assertEquals(CURATE, policy(Role.ANALYST).root());
        assertEquals(VIEW, policy(Role.VIEWER).root());
    }

    @Test
    void nearestGrantUpThePathWins() {
        List<CollectionGrant> grants = List.of(new CollectionGrant(null, Role.VIEWER, NONE),
                new CollectionGrant(4L, Role.VIEWER, VIEW), new CollectionGrant(9L, Role.VIEWER, NONE));
        CollectionPolicy viewer = new CollectionPolicy(ME, Role.VIEWER, grants);
        assertEquals(NONE, viewer.root());
        assertEquals(NONE, viewer.accessOf(3, "/", null));
        assertEquals(VIEW, viewer.accessOf(4, "/", null));
        assertEquals(VIEW, viewer.accessOf(5, "/4/", null));
        assertEquals(NONE, viewer.accessOf(9, "/4/", null));
        assertEquals(NONE, viewer.accessOf(12, "/4/9/", null));
        assertEquals(VIEW, viewer.accessOf(13, "/4/5/", null));
    }

    @Test
    void grantsOfAnotherRoleDoNotApply() {
        List<CollectionGrant> grants = List.of(new CollectionGrant(4L, Role.VIEWER, NONE));
        assertEquals(CURATE, new CollectionPolicy(ME, Role.ANALYST, grants).accessOf(4, "/", null));
    }

    @Test
    void rootGrantAppliesWhereNothingNearerSays() {
        List<CollectionGrant> grants = List.of(new CollectionGrant(null, Role.ANALYST, VIEW));
        CollectionPolicy analyst = new CollectionPolicy(ME, Role.ANALYST, grants);
        assertEquals(VIEW, analyst.root());
        assertEquals(VIEW, analyst.accessOf(20, "/4/9/", null));
    }

    @Test
    void adminsCurateEverywhereWhateverGrantsSay() {
        List<CollectionGrant> grants = List.of(new CollectionGrant(null, Role.ANALYST, NONE),
                new CollectionGrant(null, Role.VIEWER, NONE));
        CollectionPolicy admin = new CollectionPolicy(ME, Role.ADMIN, grants);
        assertEquals(CURATE, admin.root());
        assertEquals(CURATE, admin.accessOf(3, "/1/", null));
        assertEquals(CURATE, admin.accessOf(3, "/1/", 99L));
    }

    @Test
    void personalTreesBelongToTheirOwner() {
        List<CollectionGrant> grants = List.of(new CollectionGrant(null, Role.VIEWER, NONE));
        assertEquals(CURATE, new CollectionPolicy(ME, Role.VIEWER, grants).accessOf(3, "/2/", ME));
        assertEquals(NONE, policy(Role.ANALYST).accessOf(3, "/2/", 99L));
    }

    @Test
    void ancestorsOfAPath() {
        assertEquals(List.of(), CollectionPolicy.ancestors("/"));
        assertEquals(List.of(4L, 9L), CollectionPolicy.ancestors("/4/9/"));
    }

    private static CollectionPolicy policy(Role role) {
        return new CollectionPolicy(ME, role, List.of());
    }
}
