package org.vigia.subject.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vigia.subject.SubjectMatrixService;
import org.vigia.subject.SubjectMatrixService.MatrixQuery;
import org.vigia.subject.SubjectMatrixService.MatrixRow;

/** Server-side paging of the subject matrix: each page is one database query (plus grouped counts). */
public class SubjectMatrixModel extends LazyDataModel<MatrixRow> {

    private static final long serialVersionUID = 1L;

    private final SubjectMatrixService matrix;
    private final Long studyId;
    private final StudyBacking filters;

    SubjectMatrixModel(SubjectMatrixService matrix, Long studyId, StudyBacking filters) {
        this.matrix = matrix;
        this.studyId = studyId;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) matrix.page(studyId, query(null, false, 0, 1)).total();
    }

    @Override
    public List<MatrixRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        return matrix.page(studyId, query(sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, first, pageSize)).rows();
    }

    @Override
    public String getRowKey(MatrixRow row) {
        return String.valueOf(row.subjectId());
    }

    @Override
    public MatrixRow getRowData(String rowKey) {
        return null;
    }

    private MatrixQuery query(String sort, boolean desc, int first, int max) {
        return new MatrixQuery(filters.getSiteFilter(), filters.getStatusFilter(), filters.getNumberFilter(),
                sort == null || !SubjectMatrixService.SORTS.contains(sort) ? "number" : sort, desc, first, max);
    }
}
