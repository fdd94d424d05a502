// Coupons are redeemed by value; the author logs the redemption and keeps using the coupon.
#[derive(Debug)]
struct Coupon {
    code: [u8; 6],
    percent: u8,
    uses_left: u8,
}

impl Coupon {
    fn new(code: &[u8; 6], percent: u8) -> Coupon {
        Coupon { code: *code, percent, uses_left: 1 }
    }

    fn redeem(self, price_cents: u32) -> u32 {
        price_cents - price_cents * self.percent as u32 / 100
    }

    fn is_valid(&self) -> bool {
        self.uses_left > 0 && self.percent <= 90
    }
}

fn code_text(c: &Coupon) -> [char; 6] {
    let mut out = ['?'; 6];
    for i in 0..6 {
        out[i] = c.code[i] as char;
    }
    out
}

fn main() {
    let spring = Coupon::new(b"SPR024", 15);
    let vip = Coupon::new(b"VIP100", 40);
    let cart = 12_500u32;
    if spring.is_valid() {
        // mistake: redeem() consumes the coupon inside the log line
        println!("spring price {}", spring.redeem(cart));
    }
    println!("code {:?} left {}", code_text(&spring), spring.uses_left);
    let paid = vip.redeem(cart);
    // mistake: vip was consumed above
    assert!(vip.is_valid(), "vip coupon used up");
    println!("paid {}", paid);
}
