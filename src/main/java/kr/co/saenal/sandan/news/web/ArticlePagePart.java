package kr.co.saenal.sandan.news.web;

/**
 * Something another feature shows on the article page (its comments, the consent notice of the short form). The
 * page answers {@code 304} to a reader whose copy is still current, so what each part shows is part of the page's
 * cache validator: a part names it with {@link #validatorPart}, without the article page knowing the feature.
 */
public interface ArticlePagePart {

    /** Text that changes whenever what this part shows under the article changes. */
    String validatorPart(long articleId);
}
