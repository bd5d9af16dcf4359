//! The memory benchmark for loading: the heap high-water mark of
//! [`scorecard_core::load_str`] on one file's whole text, and of
//! [`scorecard_core::load_chunks`] on the same file read in pieces of
//! 256 KiB, as the page reads it.
//!
//! WebAssembly linear memory never shrinks, so the peak reached while loading
//! is what a reader's page keeps paying for, not what the model retains.
//!
//! ```sh
//! cargo run --release -p scorecard-core --example peak_memory -- FILE.json
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Read;
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

/// The size of the pieces the page reads its text in.
const PIECE: usize = 256 * 1024;

/// A file's text in pieces of about [`PIECE`] bytes, split between
/// characters, read from the file only as they are asked for.
struct Pieces {
    file: std::fs::File,
    /// The start of a character cut off at the end of the last piece.
    carry: Vec<u8>,
}

impl Pieces {
    fn open(path: &str) -> Pieces {
        let file = std::fs::File::open(path).unwrap_or_else(|e| fail(path, &e));
        Pieces {
            file,
            carry: Vec::new(),
        }
    }
}

impl Iterator for Pieces {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        let mut bytes = std::mem::take(&mut self.carry);
        let start = bytes.len();
        bytes.resize(start + PIECE, 0);
        let mut len = start;
        while len < bytes.len() {
            match self.file.read(&mut bytes[len..]) {
                Ok(0) => break,
                Ok(n) => len += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => fail("read", &e),
            }
        }
        bytes.truncate(len);
        if bytes.is_empty() {
            return None;
        }
        match String::from_utf8(bytes) {
            Ok(piece) => Some(piece),
            // A character cut at the end goes to the next piece.
            Err(e) if e.utf8_error().error_len().is_none() => {
                let valid = e.utf8_error().valid_up_to();
                let mut bytes = e.into_bytes();
                self.carry = bytes.split_off(valid);
                Some(String::from_utf8(bytes).unwrap_or_default())
            }
            Err(e) => fail("the file", &e),
        }
    }
}

fn fail(what: &str, e: &dyn std::fmt::Display) -> ! {
    eprintln!("{what}: {e}");
    std::process::exit(1);
}

/// Runs `load` and returns its result with the heap's peak while it ran and
/// what it left allocated, both counted from when it started.
fn measure<T>(load: impl FnOnce() -> T) -> (T, usize, usize) {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let loaded = load();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let retained = CURRENT.load(Ordering::Relaxed).saturating_sub(base);
    (loaded, peak, retained)
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: peak_memory FILE.json");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, &e));
    let (whole, peak, retained) = measure(|| scorecard_core::load_str(&text));
    let metrics = match &whole {
        Ok(sc) => sc.metrics().count(),
        Err(problems) => {
            let first = problems.first().map(ToString::to_string);
            eprintln!(
                "{path}: {} problem(s), first: {}",
                problems.len(),
                first.unwrap_or_default()
            );
            0
        }
    };
    println!("file      {path}");
    println!("text      {:>12} bytes", text.len());
    println!("metrics   {metrics:>12}");
    println!("whole text (load_str)");
    println!("  peak    {peak:>12} bytes above the text");
    println!("  retained{retained:>12} bytes");
    drop(whole);
    drop(text);

    let (pieces, peak, retained) = measure(|| scorecard_core::load_chunks(|| Pieces::open(&path)));
    println!("pieces of {} KiB (load_chunks)", PIECE / 1024);
    println!("  peak    {peak:>12} bytes, pieces included");
    println!("  retained{retained:>12} bytes");
    drop(pieces);
}
