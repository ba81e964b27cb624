package com.insightiq.access.view;

import com.insightiq.access.boundary.MemberInfo;
import com.insightiq.access.boundary.Members;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * A tenant's members: everyone who may see them gets the list; admins invite, change roles and remove. The Members
 * boundary decides who may do what and guards the last admin; this view only asks and shows the answer.
 */
@Named("membersView")
@ViewScoped
public class MembersView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of("admin", "analyst", "viewer");

    @Inject
    Members members;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Links links;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<MemberInfo> list;
    private final Map<Long, String> roles = new HashMap<>();
    private String inviteEmail;
    private String inviteName;
    private String inviteRole = "viewer";
    private String invitePassword;

    @PostConstruct
    void load() {
        slug = currentTenant.slug().orElse(null);
    }

    public List<MemberInfo> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public void refresh() {
        list = slug == null || !currentUser.may("member", "view") ? List.of()
                : notices.fetch(() -> members.list(slug)).orElse(List.of());
        roles.clear();
        list.forEach(member -> roles.put(member.id(), member.role()));
    }

    public void invite() {
        String password = invitePassword == null || invitePassword.isEmpty() ? null : invitePassword;
        invitePassword = null;
        Members.Invitation invitation = new Members.Invitation(inviteEmail, inviteName, inviteRole, password);
        Optional<MemberInfo> invited = notices.fetch(() -> members.invite(slug, invitation, links.resetPage()));
        invited.ifPresent(member -> {
            notices.info(password == null ? "members.invited.link" : "members.invited", member.email());
            PrimeFaces.current().ajax().addCallbackParam("done", true);
            inviteEmail = null;
            inviteName = null;
            inviteRole = "viewer";
            refresh();
        });
    }

    /** Applies the role chosen in the member's row; a refusal (such as the last admin) puts the old role back. */
    public void changeRole(MemberInfo member) {
        String role = roles.get(member.id());
        if (role == null || role.equals(member.role())) {
            return;
        }
        notices.fetch(() -> members.changeRole(slug, member.id(), role)).ifPresent(changed ->
                notices.info("members.roleChanged", changed.name(), notices.text("role." + changed.role())));
        // The person may have changed their own role: what the page offers must follow at once.
        currentUser.reload();
        refresh();
    }

    public void remove(MemberInfo member) {
        if (notices.run(() -> members.remove(slug, member.id()))) {
            notices.info("members.removed", member.name());
        }
        currentUser.reload();
        refresh();
    }

    /** The question the confirmation dialog asks before removing someone. */
    public String removalQuestion(MemberInfo member) {
        return notices.text("members.remove.confirm", member.name(), slug);
    }

    public List<String> getRoles() {
        return ROLES;
    }

    /** The role chosen in each row, by membership id. */
    public Map<Long, String> getRoleChoices() {
        return roles;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(String inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInvitePassword() {
        return invitePassword;
    }

    public void setInvitePassword(String invitePassword) {
        this.invitePassword = invitePassword;
    }
}
