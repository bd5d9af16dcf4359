//! Starts the scorecard app in the page.

fn main() {
    scorecard::start();
}
