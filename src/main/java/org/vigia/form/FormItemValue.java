package org.vigia.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One value of a {@link FormRecord} at its item path, as the engine stored it, with the flag of a soft-range warning
 * the user confirmed. Changed only through the form service (audited item by item).
 */
@Entity
@Table(name = "form_item_value")
public class FormItemValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_record_id", nullable = false, updatable = false)
    private Long formRecordId;

    @Column(name = "group_oid", nullable = false, updatable = false)
    private String groupOid;

    @Column(name = "repeat_index", nullable = false, updatable = false)
    private int repeatIndex;

    @Column(name = "item_oid", nullable = false, updatable = false)
    private String itemOid;

    @Column(name = "value_text", nullable = false)
    private String value;

    @Column(name = "warning_confirmed", nullable = false)
    private boolean warningConfirmed;

    protected FormItemValue() {
    }

    public FormItemValue(Long formRecordId, ItemPath path, String value, boolean warningConfirmed) {
        this.formRecordId = formRecordId;
        this.groupOid = path.group();
        this.repeatIndex = path.row();
        this.itemOid = path.item();
        change(value, warningConfirmed);
    }

    public void change(String newValue, boolean confirmed) {
        this.value = newValue;
        this.warningConfirmed = confirmed;
    }

    public ItemPath path() {
        return ItemPath.of(groupOid, repeatIndex, itemOid);
    }

    public Long getId() { return id; }
    public Long getFormRecordId() { return formRecordId; }
    public String getValue() { return value; }
    public boolean isWarningConfirmed() { return warningConfirmed; }
}
