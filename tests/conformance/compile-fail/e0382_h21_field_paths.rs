// E0382 on field paths: a field moved out and used again, a place inside a
// moved one, a moved place refilled, in loops and macro arguments.
struct Parcel { v: u32 }
struct Crate { parcel: Parcel, tag: u32 }
struct Truck { load: Crate, spare: Parcel }
impl Parcel { fn take(self) -> u32 { self.v } fn peek(&self) -> u32 { self.v } }
fn deliver(i: Parcel) -> u32 { i.v }
fn unload(m: Crate) -> u32 { m.tag }
fn route_a() {
    let o = Truck { load: Crate { parcel: Parcel { v: 1 }, tag: 2 }, spare: Parcel { v: 3 } };
    let x = deliver(o.load.parcel);
    let y = o.load.tag;
    let z = unload(o.load);
    println!("{} {} {}", x, y, z);
}
fn route_b(flag: bool) {
    let mut o = Truck { load: Crate { parcel: Parcel { v: 1 }, tag: 2 }, spare: Parcel { v: 3 } };
    if flag { deliver(o.spare); }
    o.spare.v = 5;
    println!("{}", o.spare.v);
}
fn route_c() {
    let mut o = Truck { load: Crate { parcel: Parcel { v: 1 }, tag: 2 }, spare: Parcel { v: 3 } };
    for _ in 0..2 {
        deliver(o.spare);
    }
    o.spare = Parcel { v: 9 };
    println!("{}", o.spare.peek());
}
fn route_d() {
    let mut o = Truck { load: Crate { parcel: Parcel { v: 1 }, tag: 2 }, spare: Parcel { v: 3 } };
    deliver(o.spare);
    o.spare = Parcel { v: 9 };
    println!("{}", o.spare.take());
    let t = (Parcel { v: 1 }, Parcel { v: 2 });
    let (p, _) = t;
    println!("{} {}", p.v, t.1.v);
    deliver(t.0);
}
fn route_e() {
    let o = Truck { load: Crate { parcel: Parcel { v: 1 }, tag: 2 }, spare: Parcel { v: 3 } };
    let m = o.load;
    println!("{}", o.load.parcel.peek());
    println!("{}", m.tag);
}
fn main() { route_a(); route_b(true); route_c(); route_d(); route_e(); }
