// pub(in path) must name an ancestor module.
mod billing {
    pub mod invoice {
        pub(in crate::billing) fn tax(amount: u32) -> u32 {
            amount / 5
        }
        pub(in crate::shipping) fn weight(items: u32) -> u32 {
            items * 2
        }
    }
    pub fn total(amount: u32) -> u32 {
        amount + invoice::tax(amount)
    }
}

mod shipping {
    pub fn cost(items: u32) -> u32 {
        crate::billing::invoice::weight(items) * 3
    }
}

fn main() {
    println!("{} {}", billing::total(100), shipping::cost(4));
}
