mod route;

use hub::table::{Table, SLOTS};
use hub::{codec, Frame};
use wire_proto::Kind as WireKind;

fn main() {
    let frames = [
        Frame::new(8080, hub::Data(7)),
        Frame::new(22, WireKind::Ping),
        Frame::new(443, hub::Kind::Close { code: 1000 }),
        Frame::new(53, wire_proto::Data(2)),
    ];
    let mut table = Table::default();
    for f in frames {
        table.learn(f);
        println!("{:?} -> {}", f.kind, hub::route(&f));
    }
    println!("{:?} {}", table.ports, SLOTS);
    println!("{} {}", codec::padded(5), route::summary(&frames));
    println!("{}", hub::checksum(&frames[0].header) == wire_proto::checksum(&frames[0].header));
}
