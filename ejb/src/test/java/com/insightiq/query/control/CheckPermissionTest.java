package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.access.entity.Role;
import com.insightiq.connection.control.SourceDefinition;
import com.insightiq.connection.control.SourceDefinitions;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.entity.Slug;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckPermissionTest {
    private Optional<Role> role = Optional.of(Role.ANALYST);
    private final CheckPermission step = new CheckPermission();

    CheckPermissionTest() {
        step.roles = new MemberRoles() {
            @Override
            public Optional<Role> roleOf(Slug tenant, long userId) {
                return role;
            }
        };
        step.sources = new SourceDefinitions() {
            @Override
            public Optional<SourceDefinition> find(Slug tenant, long id) {
                return id == 1 ? Optional.of(QueryFixtures.source()) : Optional.empty();
            }
        };
    }

    @Test
    void analystsAndAdminsRunOnTheirTenantsSources() {
        assertEquals(1, step.apply(QueryFixtures.request("SELECT 1")).source().id());
        role = Optional.of(Role.ADMIN);
        assertEquals("Sales", step.apply(QueryFixtures.request("SELECT 1")).source().name());
    }

    @Test
    void viewersAndFormerMembersAreRefused() {
        role = Optional.of(Role.VIEWER);
        assertThrows(ForbiddenException.class, () -> step.apply(QueryFixtures.request("SELECT 1")));
        role = Optional.empty();
        assertThrows(ForbiddenException.class, () -> step.apply(QueryFixtures.request("SELECT 1")));
    }

    @Test
    void viewersRunSavedQuestionsButNoSqlOfTheirOwn() {
        role = Optional.of(Role.VIEWER);
        QuerySpec question = QueryFixtures.request("SELECT 1").withControl(new RunControl(QueryOrigin.question(5, null)));
        assertEquals(1, step.apply(question).source().id());
        role = Optional.empty();
        assertThrows(ForbiddenException.class, () -> step.apply(question), "members only, questions or not");
    }

    @Test
    void aSourceOutsideTheTenantIsUnknown() {
        QuerySpec other = QuerySpec.of(QueryFixtures.TENANT, 7, 2L, "SELECT 1", java.util.List.of(),
                com.insightiq.query.entity.QueryPurpose.INTERACTIVE, null, null);
        assertThrows(NotFoundException.class, () -> step.apply(other));
    }
}
