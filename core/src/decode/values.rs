//! Single values: strings, numbers, ids, names from a closed set, lists and
//! text in either language.

use super::{fields, index, is_id, not_an_id, Decoder, Val, MAX_LIST, R};
use crate::error::ProblemKind;
use crate::json::Event;
use crate::model::Text;
use crate::types::Lang;

impl Decoder<'_, '_> {
    /// `decode(v)`, except that `null` reads as absent.
    pub(super) fn nullable<T>(
        &mut self,
        v: Val,
        decode: impl FnOnce(&mut Self, Val) -> R<Option<T>>,
    ) -> R<Option<T>> {
        if v.event == Event::Null {
            return Ok(None);
        }
        decode(self, v)
    }

    pub(super) fn string(&mut self, v: Val, path: &str) -> R<Option<String>> {
        if v.event != Event::String {
            self.wrong_type(v, path, "a string")?;
            return Ok(None);
        }
        // Allocated at its exact size: the model keeps it for the page's
        // lifetime.
        Ok(Some(self.r.str().to_owned()))
    }

    pub(super) fn nonempty_string(
        &mut self,
        v: Val,
        path: &str,
        kind: ProblemKind,
    ) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        if s.trim().is_empty() {
            self.report(v.pos, path.to_string(), kind, "must not be empty".into());
            return Ok(None);
        }
        Ok(Some(s))
    }

    pub(super) fn number(&mut self, v: Val, path: &str) -> R<Option<(f64, u8)>> {
        match v.event {
            Event::Number(n, decimals) => Ok(Some((n, decimals))),
            _ => {
                self.wrong_type(v, path, "a number")?;
                Ok(None)
            }
        }
    }

    /// Decodes every item of an array with `each`, in order; also returns
    /// the array's length, counting items that did not decode.
    pub(super) fn array<T>(
        &mut self,
        v: Val,
        path: &str,
        mut each: impl FnMut(&mut Self, Val, &str) -> R<Option<T>>,
    ) -> R<Option<(Vec<T>, usize)>> {
        if v.event != Event::StartArray {
            self.wrong_type(v, path, "an array")?;
            return Ok(None);
        }
        // What an array over the limit undoes: it is reported alone, and
        // the metrics in it do not count.
        let (problems, metrics) = (self.problems.len(), self.metric_count);
        let mut out = Vec::new();
        let mut len = 0;
        loop {
            let item = self.value()?;
            if item.event == Event::EndArray {
                break;
            }
            len += 1;
            if len > MAX_LIST {
                if len == MAX_LIST + 1 {
                    out = Vec::new();
                    self.problems.truncate(problems);
                    self.metric_count = metrics;
                }
                self.skip(item)?;
                continue;
            }
            out.extend(each(self, item, &index(path, len - 1))?);
        }
        if len > MAX_LIST {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::TooMany,
                format!("{len} entries; the limit is {MAX_LIST}"),
            );
            return Ok(None);
        }
        // Grown by doubling; the model keeps it for the page's lifetime.
        out.shrink_to_fit();
        Ok(Some((out, len)))
    }

    /// [`Decoder::array`] without the length.
    pub(super) fn list<T>(
        &mut self,
        v: Val,
        path: &str,
        each: impl FnMut(&mut Self, Val, &str) -> R<Option<T>>,
    ) -> R<Option<Vec<T>>> {
        Ok(self.array(v, path, each)?.map(|(items, _)| items))
    }

    /// One of a closed set of names.
    pub(super) fn one_of<T: Copy>(
        &mut self,
        v: Val,
        path: &str,
        all: &[T],
        name: impl Fn(T) -> &'static str,
    ) -> R<Option<T>> {
        if v.event != Event::String {
            self.wrong_type(v, path, "a string")?;
            return Ok(None);
        }
        let s = self.r.str();
        let found = all.iter().copied().find(|v| name(*v) == s);
        if found.is_none() {
            let names: Vec<String> = all.iter().map(|v| format!("\"{}\"", name(*v))).collect();
            let message = format!("\"{s}\" is not one of {}", names.join(", "));
            self.report(v.pos, path.to_string(), ProblemKind::InvalidValue, message);
        }
        Ok(found)
    }

    pub(super) fn id(&mut self, v: Val, path: &str) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        if !is_id(&s) {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                not_an_id(&s),
            );
            return Ok(None);
        }
        Ok(Some(s))
    }

    /// Text: a plain string in the document's plain-string language, or
    /// `{"zh": …, "en": …}` with the default language required.
    pub(super) fn text(&mut self, v: Val, path: &str) -> R<Option<Text>> {
        match v.event {
            Event::String => {
                let s = self.nonempty_string(v, path, ProblemKind::InvalidValue)?;
                let lang = self.mode().plain();
                return Ok(s.map(|s| match lang {
                    Lang::Zh => Text::zh_only(&s),
                    Lang::En => Text::en_only(&s),
                }));
            }
            Event::StartObject => {}
            _ => {
                self.wrong_type(v, path, "a string or {\"zh\": …, \"en\": …}")?;
                return Ok(None);
            }
        }
        let (mut zh, mut en) = (None, None);
        let obj = self.object(v, path, fields::TEXT, &mut |d, key, v, p| {
            let s = d.nonempty_string(v, p, ProblemKind::InvalidValue)?;
            match key {
                "zh" => zh = s,
                _ => en = s,
            }
            Ok(())
        })?;
        let Some(mut obj) = obj else {
            return Ok(None);
        };
        let required = self.mode().plain();
        self.field_problems(&mut obj, "zh", required == Lang::Zh);
        self.field_problems(&mut obj, "en", required == Lang::En);
        let missing = match required {
            Lang::Zh => zh.is_none(),
            Lang::En => en.is_none(),
        };
        Ok((!missing).then(|| Text::new(zh.as_deref(), en.as_deref())))
    }
}
