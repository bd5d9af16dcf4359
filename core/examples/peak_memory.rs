//! The memory benchmark for loading: the heap high-water mark of
//! [`scorecard_core::load_str`] on one file.
//!
//! WebAssembly linear memory never shrinks, so the peak reached while loading
//! is what a reader's page keeps paying for, not what the model retains.
//!
//! ```sh
//! cargo run --release -p scorecard-core --example peak_memory -- FILE.json
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// [`System`], counting the bytes currently allocated and their peak.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

fn shrink(bytes: usize) {
    CURRENT.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are
// updated besides.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                grow(new_size - layout.size());
            } else {
                shrink(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: peak_memory FILE.json");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let loaded = scorecard_core::load_str(&text);
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let retained = CURRENT.load(Ordering::Relaxed).saturating_sub(base);
    let metrics = match &loaded {
        Ok(sc) => sc.metrics().count(),
        Err(problems) => {
            eprintln!(
                "{path}: {} problem(s), first: {}",
                problems.len(),
                problems[0]
            );
            0
        }
    };
    println!("file      {path}");
    println!("text      {:>12} bytes", text.len());
    println!("peak      {peak:>12} bytes above the text");
    println!("retained  {retained:>12} bytes");
    println!("metrics   {metrics:>12}");
    drop(loaded);
}
