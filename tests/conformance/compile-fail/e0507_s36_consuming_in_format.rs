// Consuming methods called on borrowed values inside format arguments, next to
// an ordinary use after move.
#[derive(Debug)]
struct Order { id: u32 }
impl Order {
    fn into_total(self) -> u32 { self.id }
}
struct Holder<'a> { r: &'a Order }
fn a(o: &Order) -> u32 {
    println!("total {}", o.into_total());
    let x = Order { id: 1 };
    let y = x;
    println!("{} {}", x.id, y.id);
    3
}
fn c(h: &Holder) { println!("{}", h.r.into_total()); }
fn main() { let o = Order { id: 2 }; a(&o); c(&Holder { r: &o }); }
