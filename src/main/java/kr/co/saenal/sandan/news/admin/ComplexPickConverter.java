package kr.co.saenal.sandan.news.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;

/**
 * A complex in the post editor's picker is sent as its id; an id that names no complex (removed meanwhile, or made
 * up) becomes nothing, and the picker drops it.
 */
@Named
@ApplicationScoped
public class ComplexPickConverter implements Converter<ComplexPick> {

    @Inject
    ComplexDirectory complexes;

    @Override
    public ComplexPick getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.strip().matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return complexes.pick(Long.parseLong(value.strip())).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ComplexPick value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
