//! tower 0.5 (its trait crates `tower-layer` and `tower-service` 0.3): a layer that adds the
//! security headers a response lacks.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use ::http::header::{HeaderName, HeaderValue};
use ::http::{Request, Response};
use ::tower_layer::Layer;
use ::tower_service::Service;

use super::http::header_value;
use crate::csp::Nonce;
use crate::headers::SecurityHeaders;

/// The layer's configuration: its headers, and their values for responses without a nonce
/// (converted once, when the layer is made).
#[derive(Debug)]
struct Config {
    headers: SecurityHeaders,
    pairs: Vec<(HeaderName, HeaderValue)>,
}

/// Marks a response made from a [`Page`](crate::Page) that kept the default headers: the
/// layer replaces them with its own, its policy allowing this nonce.
#[derive(Clone, Debug)]
pub(crate) struct DefaultPageHeaders(pub(crate) Nonce);

/// A tower layer that adds [`SecurityHeaders`] to every response, leaving each header the
/// response already has.
///
/// A [`Page`](crate::Page) that kept the default headers gets the layer's instead, its
/// Content-Security-Policy allowing the page's nonce: configure the headers once, on the
/// layer (a page given its own with [`Page::security_headers`](crate::Page::security_headers)
/// keeps them). Responses without a nonce get the policy without one, so a `{nonce}` in a
/// custom policy is dropped for them.
///
/// ```
/// use std::convert::Infallible;
/// use tower::{ServiceBuilder, ServiceExt, service_fn};
/// use vetted::headers::{SecurityHeaders, SecurityHeadersLayer};
///
/// let service = ServiceBuilder::new()
///     .layer(SecurityHeadersLayer::new(SecurityHeaders::recommended()))
///     .service(service_fn(|_: http::Request<()>| async {
///         Ok::<_, Infallible>(http::Response::new("hello"))
///     }));
/// # let response = block_on(service.oneshot(http::Request::new(())))?;
/// # assert_eq!(response.headers()["x-content-type-options"], "nosniff");
/// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
/// #     let mut future = std::pin::pin!(future);
/// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
/// #     loop { if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) { return out } }
/// # }
/// # Ok::<(), Infallible>(())
/// ```
///
/// With axum: `Router::new().route(…).layer(SecurityHeadersLayer::new(SecurityHeaders::recommended()))`.
#[derive(Clone, Debug)]
pub struct SecurityHeadersLayer {
    config: Arc<Config>,
}

impl SecurityHeadersLayer {
    /// A layer adding `headers`.
    ///
    /// ```
    /// use vetted::headers::{SecurityHeaders, SecurityHeadersLayer};
    /// let layer = SecurityHeadersLayer::new(SecurityHeaders::recommended().without_hsts());
    /// # let _ = layer;
    /// ```
    #[must_use]
    pub fn new(headers: SecurityHeaders) -> Self {
        let pairs = headers
            .iter()
            .map(|(name, value)| (HeaderName::from_static(name), header_value(&value)))
            .collect();
        Self {
            config: Arc::new(Config { headers, pairs }),
        }
    }
}

impl Default for SecurityHeadersLayer {
    /// A layer adding the [recommended](SecurityHeaders::recommended) headers.
    ///
    /// ```
    /// let layer = vetted::headers::SecurityHeadersLayer::default();
    /// # let _ = layer;
    /// ```
    fn default() -> Self {
        Self::new(SecurityHeaders::recommended())
    }
}

impl<S> Layer<S> for SecurityHeadersLayer {
    type Service = SecurityHeadersService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        SecurityHeadersService {
            inner,
            config: Arc::clone(&self.config),
        }
    }
}

/// The service [`SecurityHeadersLayer`] wraps around an inner service.
///
/// ```
/// use tower::Layer;
/// use vetted::headers::{SecurityHeadersLayer, SecurityHeadersService};
///
/// let inner = tower::service_fn(|_: http::Request<()>| async {
///     Ok::<_, std::convert::Infallible>(http::Response::new(()))
/// });
/// let service: SecurityHeadersService<_> = SecurityHeadersLayer::default().layer(inner);
/// # let _ = service;
/// ```
#[derive(Clone, Debug)]
pub struct SecurityHeadersService<S> {
    inner: S,
    config: Arc<Config>,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for SecurityHeadersService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = SecurityHeadersFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        SecurityHeadersFuture {
            inner: self.inner.call(request),
            config: Arc::clone(&self.config),
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`SecurityHeadersService`]: the inner service's response with
    /// the missing headers added.
    ///
    /// ```
    /// use vetted::headers::SecurityHeadersFuture;
    /// fn is_future<F: std::future::Future>() {}
    /// is_future::<SecurityHeadersFuture<std::future::Ready<Result<http::Response<()>, ()>>>>();
    /// ```
    #[derive(Debug)]
    pub struct SecurityHeadersFuture<F> {
        #[pin]
        inner: F,
        config: Arc<Config>,
    }
}

impl<F, B, E> Future for SecurityHeadersFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = match this.inner.poll(cx) {
            Poll::Ready(Ok(response)) => response,
            other => return other,
        };
        if let Some(DefaultPageHeaders(nonce)) = response.extensions_mut().remove() {
            let headers = response.headers_mut();
            for name in crate::headers::NAMES {
                headers.remove(name);
            }
            for (name, value) in this.config.headers.iter_with_nonce(&nonce) {
                headers.insert(HeaderName::from_static(name), header_value(&value));
            }
            return Poll::Ready(Ok(response));
        }
        let headers = response.headers_mut();
        for (name, value) in &this.config.pairs {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        Poll::Ready(Ok(response))
    }
}

#[cfg(test)]
mod tests {
    use crate::headers::{NAMES, SecurityHeaders};

    /// The layer replaces a default page's headers by name: every name the configuration can
    /// write must be in the list, or a page's default value would survive beside the layer's.
    #[test]
    fn the_replaced_names_cover_every_security_header() {
        let everything = SecurityHeaders::recommended()
            .permissions_policy("camera=()")
            .unwrap();
        let mut written: alloc::vec::Vec<&str> = everything.iter().map(|(name, _)| name).collect();
        written.sort_unstable();
        let mut names = NAMES.to_vec();
        names.sort_unstable();
        assert_eq!(written, names);
    }
}
