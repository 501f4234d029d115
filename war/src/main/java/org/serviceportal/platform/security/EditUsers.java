package org.serviceportal.platform.security;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;

/** Admin page: users, their roles, enabling and passwords (administrators). Passwords are never shown. */
@Named
@ViewScoped
public class EditUsers implements Serializable {

    /** The form's fields; roles by enum name, since a generic list loses its element type in Faces. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public String username;
        public String displayName;
        public String email;
        public boolean enabled = true;
        public List<String> roles = new ArrayList<>();
        /** Only on its way to the service: never filled from a user, never rendered back. */
        public String password;

        public Long getId() { return id; }
        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean v) { enabled = v; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> v) { roles = v; }
        public String getPassword() { return null; }
        public void setPassword(String v) { password = v; }
    }

    @Inject
    UserService users;

    @Inject
    FormActions actions;

    /** Looked up when needed: Soteria's security context is no normal-scoped bean, so it cannot travel with the view. */
    @Inject
    Instance<SecurityContext> security;

    @Inject
    CurrentLanguage lang;

    private List<UserService.UserView> list;
    private Form form;

    public List<UserService.UserView> getUsers() {
        if (list == null) {
            list = users.list();
        }
        return list;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public int getMinPasswordLength() {
        return Passwords.MIN_LENGTH;
    }

    /** The user's roles as labels of the current language. */
    public String roleLabels(UserService.UserView u) {
        return String.join(", ", u.roles().stream().map(r -> lang.text("admin.users.role." + r.roleName())).toList());
    }

    public Form getForm() {
        return form;
    }

    public void add() {
        form = new Form();
    }

    public void edit(UserService.UserView u) {
        form = new Form();
        form.id = u.id();
        form.version = u.version();
        form.username = u.username();
        form.displayName = u.displayName();
        form.email = u.email();
        form.enabled = u.enabled();
        form.roles = new ArrayList<>(u.roles().stream().map(Role::roleName).toList());
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        form.roles.forEach(r -> roles.add(Role.fromRoleName(r)));
        if (roles.isEmpty()) {
            actions.reject("admin.users.rolesRequired");
            return;
        }
        if (form.id != null && locksOutSelf(roles)) {
            return;
        }
        Form f = form;
        boolean ok = actions.run(() -> {
            if (f.id == null) {
                users.create(new UserService.NewUser(f.username, f.displayName, f.email, f.password, roles));
            } else {
                users.update(f.id, new UserService.UserChange(f.displayName, f.email, f.enabled, roles, f.password,
                        f.version));
            }
        }, "admin.message.saved");
        // The password leaves the view state either way.
        f.password = null;
        if (ok) {
            form = null;
            list = null;
        }
    }

    /** An administrator who disables himself or drops his own role would be locked out at once. */
    private boolean locksOutSelf(Set<Role> roles) {
        Principal me = security.get().getCallerPrincipal();
        if (me == null || !me.getName().equals(form.username)) {
            return false;
        }
        if (form.enabled && roles.contains(Role.ADMINISTRATOR)) {
            return false;
        }
        actions.reject("admin.users.message.selfLockout");
        return true;
    }
}
