package kr.co.saenal.sandan.platform.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * With script nonces on, PrimeFaces refuses a postback that does not send the page's nonce back
 * ({@code primefaces.nonce}); its script adds that field to every form, so a form sent without script (an old
 * phone, a reader who turned scripts off, our HTTP tests) would fail. This writes the field into every form on
 * the server already: same name, same value, so the script finds it and only keeps it current.
 */
public class CspNonceInForms implements SystemEventListener {

    static final String FIELD = "primefaces.nonce";
    private static final String FORM = "jakarta.faces.Form";

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    /** Registered for {@code PostConstructApplicationEvent} in faces-config.xml. */
    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit html = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer forms = html.getRenderer(FORM, FORM);
        html.addRenderer(FORM, FORM, new NonceWritingFormRenderer(forms));
    }

    private static final class NonceWritingFormRenderer extends RendererWrapper {

        NonceWritingFormRenderer(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
            if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", FIELD, null);
                writer.writeAttribute(
                        "value", PrimeFacesContext.getCspState(context).getNonce(), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, form);
        }
    }
}
