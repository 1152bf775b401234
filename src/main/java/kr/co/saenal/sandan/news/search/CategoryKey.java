package kr.co.saenal.sandan.news.search;

import kr.co.saenal.sandan.news.Category;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** A post's category in the index: its id, which (unlike its slug and name) never changes. */
public class CategoryKey implements ValueBridge<Category, String> {

    @Override
    public String toIndexedValue(Category category, ValueBridgeToIndexedValueContext context) {
        return category == null ? null : of(category.getId());
    }

    static String of(long categoryId) {
        return Long.toString(categoryId);
    }
}
