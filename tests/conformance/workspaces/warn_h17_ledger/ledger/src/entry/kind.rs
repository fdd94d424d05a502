#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Credit,
    Debit,
    Fee,
}

pub(crate) enum Internal {
    Opening,
    Closing,
}
