package kr.co.saenal.sandan.inquiry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.inquiry.InquiryReceipt;
import kr.co.saenal.sandan.platform.KoreanTime;

/** /consult/received: the confirmation after a request was stored. */
@Named
@RequestScoped
public class ReceivedPage {

    @Inject
    FacesContext faces;

    public InquiryReceipt getReceipt() {
        return (InquiryReceipt) faces.getExternalContext().getFlash().get(InquiryFormSubmitter.RECEIPT);
    }

    public String getReceivedAt() {
        InquiryReceipt receipt = getReceipt();
        return receipt == null ? "" : KoreanTime.dateTime(receipt.receivedAt());
    }
}
