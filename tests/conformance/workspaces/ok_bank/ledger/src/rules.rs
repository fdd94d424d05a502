use money::Cents;

pub(crate) const PREMIUM_LIMIT: Cents = Cents(-50_000);

pub(crate) fn overdraft_allowed(premium: bool, balance: Cents) -> bool {
    premium && balance >= PREMIUM_LIMIT
}
