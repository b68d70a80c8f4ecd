//! Helpers shared by the async executor's tests.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// How long a run may take before a test calls it a hang (a deadline, not a timing
/// assertion).
pub const DEADLINE: Duration = Duration::from_secs(5);

/// Pending once (waking itself at once), then ready: a tool call that really
/// suspends, so the run parks on it, without any timer.
pub struct YieldOnce(pub bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}
