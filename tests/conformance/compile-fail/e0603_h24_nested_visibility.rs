// A bank with nested modules and restricted visibilities.
mod bank {
    pub mod accounts {
        pub(super) fn audit_id() -> u32 {
            42
        }

        pub(crate) fn open() -> u32 {
            internal::seed() + 1
        }

        pub(in crate::bank) fn close(id: u32) -> u32 {
            id - 1
        }

        mod internal {
            pub fn seed() -> u32 {
                100
            }
        }

        pub struct Ledger {
            pub total: i64,
        }

        const LIMIT: i64 = 1000;

        pub fn limit() -> i64 {
            LIMIT
        }
    }

    pub fn report() -> u32 {
        accounts::audit_id() + accounts::close(5)
    }

    mod vault {
        pub fn gold() -> u32 {
            7
        }
    }

    pub use self::vault::gold;
}

fn main() {
    let id = bank::accounts::open();
    let audit = bank::accounts::audit_id();
    let closed = bank::accounts::close(id);
    let seed = bank::accounts::internal::seed();
    let gold = bank::gold();
    let gold2 = bank::vault::gold();
    let l = bank::accounts::Ledger { total: bank::accounts::limit() };
    let lim = bank::accounts::LIMIT;
    println!("{} {} {} {} {} {} {} {}", id, audit, closed, seed, gold, gold2, l.total, lim);
    println!("{}", bank::report());
}
