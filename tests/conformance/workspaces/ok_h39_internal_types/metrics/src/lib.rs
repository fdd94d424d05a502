//! Counters whose concrete types live in a private module.
//! Callers get them from `pub fn`s and use their pub fields and methods.
mod detail;

pub fn counter(name_id: u32) -> detail::Counter {
    detail::Counter { id: name_id, hits: 0, misses: 0 }
}

pub fn histogram() -> detail::Histogram {
    detail::Histogram { buckets: [0; 4] }
}

pub struct Registry {
    pub total: detail::Counter,
    pub mode: detail::Mode,
}

pub fn registry() -> Registry {
    Registry { total: counter(0), mode: detail::Mode::Fast }
}
