package org.serviceportal.platform.security;

/** The roles of the portal. Administrators may do everything; the names are the container's role names. */
public enum Role {
    ADMINISTRATOR("administrator"),
    EDITOR("editor"),
    OPERATOR("operator");

    public static final String ADMINISTRATOR_NAME = "administrator";
    public static final String EDITOR_NAME = "editor";
    public static final String OPERATOR_NAME = "operator";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role fromRoleName(String name) {
        for (Role r : values()) {
            if (r.roleName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + name);
    }
}
