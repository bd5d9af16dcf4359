//! Starts the studio (or, in a page it published, the reader).

fn main() {
    scorecard::studio::start();
}
