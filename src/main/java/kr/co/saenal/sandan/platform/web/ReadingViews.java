package kr.co.saenal.sandan.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Marks a view transient (or not, see {@link ViewState}) as soon as it is created, before anything —
 * PrimeFaces' CSP nonce among them — could ask for a view map and with it an HTTP session.
 */
public class ReadingViews extends ViewHandlerWrapper {

    public ReadingViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        view.setTransient(ViewState.isTransient(view.getViewId()));
        return view;
    }
}
