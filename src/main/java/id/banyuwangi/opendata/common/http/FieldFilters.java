package id.banyuwangi.opendata.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose query parameters name data fields (they depend on the dataset's schema), so that
 * {@link QueryParameterFilter} leaves their checking to the operation, which must reject unknown names itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FieldFilters {
}
