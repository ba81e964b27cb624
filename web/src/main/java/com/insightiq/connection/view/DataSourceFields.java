package com.insightiq.connection.view;

import com.insightiq.connection.boundary.DataSourceForm;
import com.insightiq.connection.boundary.DataSourceInfo;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the data source form holds between requests. Secrets are only ever written into it by the person and taken out
 * once by {@link #toForm()}; a stored secret is known only as "there is one".
 */
public class DataSourceFields implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int DEFAULT_SSH_PORT = 22;

    private String name;
    private String engine = "postgresql";
    private String host;
    private Integer port = 5432;
    private String database;
    private String username;
    private String password;
    private boolean passwordStored;
    private String sslMode = "prefer";
    private final List<Option> options = new ArrayList<>();
    private boolean ssh;
    private String sshHost;
    private Integer sshPort = DEFAULT_SSH_PORT;
    private String sshUser;
    private String sshPassword;
    private String sshKey;
    private boolean sshPasswordStored;
    private boolean sshKeyStored;
    private boolean allowWrites;

    /** The fields of a stored source, secrets left empty. */
    static DataSourceFields of(DataSourceInfo source) {
        DataSourceFields fields = new DataSourceFields();
        fields.name = source.name();
        fields.engine = source.engine();
        fields.host = source.host();
        fields.port = source.port();
        fields.database = source.database();
        fields.username = source.username();
        fields.passwordStored = source.hasPassword();
        fields.sslMode = source.sslMode();
        source.options().forEach((key, value) -> fields.options.add(new Option(key, value)));
        if (source.ssh() != null) {
            fields.ssh = true;
            fields.sshHost = source.ssh().host();
            fields.sshPort = source.ssh().port();
            fields.sshUser = source.ssh().user();
            fields.sshPasswordStored = source.ssh().hasPassword();
            fields.sshKeyStored = source.ssh().hasPrivateKey();
        }
        fields.allowWrites = source.allowWrites();
        return fields;
    }

    /**
     * The boundary's form. Empty secrets become {@code null} ("keep the stored one"), and the typed secrets are
     * forgotten here: the browser still holds them in its fields and sends them again with the next click.
     */
    DataSourceForm toForm() {
        Map<String, String> optionMap = new LinkedHashMap<>();
        for (Option option : options) {
            if (!blank(option.getKey())) {
                optionMap.put(option.getKey().trim(), option.getValue() == null ? "" : option.getValue());
            }
        }
        DataSourceForm.SshForm tunnel = ssh ? new DataSourceForm.SshForm(sshHost, sshPort, sshUser,
                emptyToNull(sshPassword), blank(sshKey) ? null : sshKey) : null;
        DataSourceForm form = new DataSourceForm(name, engine, host, port, database, username, emptyToNull(password),
                sslMode, optionMap, tunnel, allowWrites);
        password = null;
        sshPassword = null;
        sshKey = null;
        return form;
    }

    void addOption() {
        options.add(new Option(null, null));
    }

    void removeOption(Option option) {
        options.remove(option);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** One driver option row: key and value as typed. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String value;

        Option(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Always empty towards the page: a secret is never rendered back. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPasswordStored() {
        return passwordStored;
    }

    public String getSslMode() {
        return sslMode;
    }

    public void setSslMode(String sslMode) {
        this.sslMode = sslMode;
    }

    public List<Option> getOptions() {
        return options;
    }

    public boolean isSsh() {
        return ssh;
    }

    public void setSsh(boolean ssh) {
        this.ssh = ssh;
    }

    public String getSshHost() {
        return sshHost;
    }

    public void setSshHost(String sshHost) {
        this.sshHost = sshHost;
    }

    public Integer getSshPort() {
        return sshPort;
    }

    public void setSshPort(Integer sshPort) {
        this.sshPort = sshPort;
    }

    public String getSshUser() {
        return sshUser;
    }

    public void setSshUser(String sshUser) {
        this.sshUser = sshUser;
    }

    public String getSshPassword() {
        return null;
    }

    public void setSshPassword(String sshPassword) {
        this.sshPassword = sshPassword;
    }

    public String getSshKey() {
        return null;
    }

    public void setSshKey(String sshKey) {
        this.sshKey = sshKey;
    }

    public boolean isSshPasswordStored() {
        return sshPasswordStored;
    }

    public boolean isSshKeyStored() {
        return sshKeyStored;
    }

    public boolean isAllowWrites() {
        return allowWrites;
    }

    public void setAllowWrites(boolean allowWrites) {
        this.allowWrites = allowWrites;
    }
}
