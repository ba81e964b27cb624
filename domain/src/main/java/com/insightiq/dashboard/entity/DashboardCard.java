package com.insightiq.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One card of a dashboard at (col, row) with a size in grid cells (24 columns). {@code settings}, {@code mappings}
 * and {@code click} are JSON (shapes: the boundary's CardForm); the card id is what the API and the page address.
 */
@Entity
@Table(name = "dashboard_card")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = DashboardCard.OF_DASHBOARD, query = "SELECT c FROM DashboardCard c"
        + " WHERE c.dashboardId = :dashboard ORDER BY c.row, c.col, c.id")
@NamedQuery(name = DashboardCard.OF_QUESTION, query = "SELECT c FROM DashboardCard c WHERE c.questionId = :question")
public class DashboardCard {
    public static final String OF_DASHBOARD = "DashboardCard.ofDashboard";
    public static final String OF_QUESTION = "DashboardCard.ofQuestion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dashboard_id", nullable = false, updatable = false)
    private Long dashboardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CardKind kind;

    @Column(name = "question_id")
    private Long questionId;

    private String tab;

    @Column(nullable = false)
    private int col;

    @Column(name = "row_index", nullable = false)
    private int row;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private String settings;

    @Column(nullable = false)
    private String mappings;

    private String click;

    protected DashboardCard() {
    }

    public DashboardCard(long dashboardId) {
        this.dashboardId = dashboardId;
        this.settings = "{}";
        this.mappings = "[]";
    }

    /** The card's whole state, as checked by the boundary. */
    public void define(CardKind newKind, Long newQuestionId, String newTab, int newCol, int newRow, int newWidth,
                       int newHeight, String settingsJson, String mappingsJson, String clickJson) {
        this.kind = newKind;
        this.questionId = newQuestionId;
        this.tab = newTab;
        this.col = newCol;
        this.row = newRow;
        this.width = newWidth;
        this.height = newHeight;
        this.settings = settingsJson;
        this.mappings = mappingsJson;
        this.click = clickJson;
    }

    public Long id() {
        return id;
    }

    public long dashboardId() {
        return dashboardId;
    }

    public CardKind kind() {
        return kind;
    }

    public Optional<Long> questionId() {
        return Optional.ofNullable(questionId);
    }

    public Optional<String> tab() {
        return Optional.ofNullable(tab);
    }

    public int col() {
        return col;
    }

    public int row() {
        return row;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String settingsJson() {
        return settings;
    }

    public String mappingsJson() {
        return mappings;
    }

    public Optional<String> clickJson() {
        return Optional.ofNullable(click);
    }
}
