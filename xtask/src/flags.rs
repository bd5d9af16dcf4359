//! The command line, declared once: parsing, the structs each command
//! receives, and `cargo xtask help` all come from this declaration.

xflags::xflags! {
    /// Build automation for the scorecard project.
    cmd xtask {
        /// Install what is missing, then `trunk serve` on http://127.0.0.1:8080
        /// (arguments after `--` go to Trunk).
        cmd serve {
            repeated trunk_args: String
        }
        /// Install what is missing, then run every check and test (summary at the end).
        cmd test {}
        /// Release build into dist/ and print its size table.
        cmd dist {
            /// Also write dist/scorecards.zip.
            optional --zip
        }
        /// Validate scorecard files (exit 0 valid, 1 problems, 2 usage or unreadable; `-- -` reads stdin).
        cmd check {
            /// Language of the messages: en (default) or zh.
            optional --lang lang: String
            /// Also check against this article: quotes verbatim, values in their
            /// quotes, and every figure of the article stated (coverage).
            optional --article article: String
            repeated files: String
        }
        /// Draft a scorecard from an article's text: every figure found, quotes verbatim.
        cmd draft {
            /// The article: plain text, optionally starting with `Title: …` and `URL: …` lines.
            required article: String
            /// Where to write the scorecard (default: standard output).
            optional -o, --out out: String
            /// The article's language: zh or en (default: guessed from the text).
            optional --lang lang: String
            /// The scorecard's id (default: from the file name).
            optional --id id: String
        }
        /// Rewrite scorecard files as format version 2 (same meaning).
        cmd migrate {
            repeated files: String
        }
        /// Write data/scorecard.schema.json from the Rust model.
        cmd schema {}
        /// (Trunk hook) put data/*.json into the staged index.html.
        cmd inline-data {}
        /// Run the cargo-fuzz targets one after another.
        cmd fuzz {
            /// Seconds per target (default 60).
            optional --seconds seconds: u64
            /// Only this target.
            optional --target target: String
            /// 10 s per target, output kept short (for `cargo xtask test`).
            optional --smoke
        }
        /// Write a valid synthetic scorecard (for benchmarks).
        cmd synth {
            /// How many metrics (required).
            optional -n, --metrics metrics: usize
            /// How many sections (default: N/200 in 3..=50).
            optional -k, --sections sections: usize
            /// Where to write (default target/bench/synth-N.json).
            optional -o, --out out: String
            /// Two-space indentation instead of compact JSON.
            optional --pretty
        }
        /// Performance table against the vanilla-JS reference (exit 1 if a goal is missed).
        cmd bench {
            /// Runs per figure (default 5).
            optional --runs runs: u32
            /// Only these parts: sizes,paint,interact,lighthouse.
            optional --only parts: String
            /// Use the dist/ that is there.
            optional --no-build
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> xflags::Result<Xtask> {
        Xtask::from_vec(args.iter().map(Into::into).collect())
    }

    #[test]
    fn commands_parse_their_flags() {
        let Ok(Xtask {
            subcommand: XtaskCmd::Serve(serve),
        }) = parse(&["serve", "--", "--port", "9000"])
        else {
            panic!("serve passes Trunk's arguments through");
        };
        assert_eq!(serve.trunk_args, ["--port", "9000"]);
        let Ok(Xtask {
            subcommand: XtaskCmd::Check(check),
        }) = parse(&["check", "--lang", "zh", "a.json", "--", "-"])
        else {
            panic!("check takes a language and files");
        };
        assert_eq!((check.lang.as_deref(), check.files.len()), (Some("zh"), 2));
        let Ok(Xtask {
            subcommand: XtaskCmd::Synth(synth),
        }) = parse(&["synth", "-n", "1000", "--pretty"])
        else {
            panic!("synth takes its short flags");
        };
        assert_eq!((synth.metrics, synth.pretty), (Some(1000), true));
        assert!(parse(&["bench", "--runs", "x"]).is_err());
        assert!(parse(&["dist", "--zap"]).is_err());
        assert!(parse(&["nonsense"]).is_err());
    }
}
