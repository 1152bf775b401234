package kr.co.saenal.sandan.news.search;

import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.PostStatus;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Drafts never reach the index: a post is indexed while it is published (scheduled ones too: whether they are due
 * is asked at search time) and removed from the index when it is withdrawn.
 */
public class PublishedPostsOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(NewsPost.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<NewsPost> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, NewsPost post, RoutingBridgeRouteContext context) {
            if (post.getStatus() == PostStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, NewsPost post, RoutingBridgeRouteContext context) {
            routes.addRoute(); // it may have been published before: make sure an old document goes
        }
    }
}
