//! The engine of direct mounts: the reader with the hosts' JavaScript API
//! (`embed.js` loads it; built with the `host-api` feature).

fn main() {
    scorecard::start();
}
