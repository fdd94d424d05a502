// lints: dead_code
// Packet router simulation: packets are routed between nodes through a
// static routing table; queues are ring buffers of fixed size.

mod net {
    pub mod packet {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Proto {
            Udp = 17,
            Tcp = 6,
            Icmp = 1,
        }

        #[derive(Debug, Clone, Copy)]
        pub struct Packet {
            pub src: u8,
            pub dst: u8,
            pub ttl: u8,
            pub proto: Proto,
            pub size: u16,
            pub checksum: u16,
        }

        impl Packet {
            pub fn new(src: u8, dst: u8, proto: Proto, size: u16) -> Packet {
                let mut p = Packet { src, dst, ttl: 8, proto, size, checksum: 0 };
                p.checksum = p.compute_checksum();
                p
            }

            pub fn compute_checksum(&self) -> u16 {
                let mut sum: u32 = 0;
                sum += self.src as u32;
                sum += (self.dst as u32) << 8;
                sum += self.proto as u32;
                sum += self.size as u32;
                while sum > 0xffff {
                    sum = (sum & 0xffff) + (sum >> 16);
                }
                !(sum as u16)
            }

            pub fn is_valid(&self) -> bool {
                self.compute_checksum() == self.checksum
            }

            pub fn header_len(&self) -> u16 {
                match self.proto {
                    Proto::Udp => 8,
                    Proto::Tcp => 20,
                    Proto::Icmp => 8,
                }
            }

            pub fn payload_len(&self) -> u16 {
                self.size.saturating_sub(self.header_len())
            }
        }
    }

    pub mod queue {
        use super::packet::Packet;

        pub const CAP: usize = 4;

        pub struct Queue {
            slots: [Packet; CAP],
            head: usize,
            len: usize,
            pub dropped: u32,
            high_water: usize,
        }

        impl Queue {
            pub fn new(filler: Packet) -> Queue {
                Queue { slots: [filler; CAP], head: 0, len: 0, dropped: 0, high_water: 0 }
            }

            pub fn push(&mut self, p: Packet) -> bool {
                if self.len == CAP {
                    self.dropped += 1;
                    return false;
                }
                self.slots[(self.head + self.len) % CAP] = p;
                self.len += 1;
                self.high_water = self.high_water.max(self.len);
                true
            }

            pub fn take(&mut self, out: &mut Packet) -> bool {
                if self.len == 0 {
                    return false;
                }
                *out = self.slots[self.head];
                self.head = (self.head + 1) % CAP;
                self.len -= 1;
                true
            }

            pub fn len(&self) -> usize {
                self.len
            }

            pub fn is_empty(&self) -> bool {
                self.len == 0
            }

            pub fn peak(&self) -> usize {
                self.high_water
            }
        }
    }

    pub const NODES: usize = 5;
    // next hop table: ROUTES[from][to]
    pub static ROUTES: [[u8; NODES]; NODES] = [
        [0, 1, 1, 1, 4],
        [0, 1, 2, 2, 0],
        [1, 1, 2, 3, 3],
        [2, 2, 2, 3, 4],
        [0, 3, 3, 3, 4],
    ];

    pub fn next_hop(from: u8, to: u8) -> u8 {
        ROUTES[from as usize][to as usize]
    }

    pub fn hops(from: u8, to: u8) -> u32 {
        let mut cur = from;
        let mut n = 0;
        while cur != to {
            cur = next_hop(cur, to);
            n += 1;
        }
        n
    }
}

use net::packet::{Packet, Proto};
use net::queue::Queue;
use net::NODES;

struct Router {
    queues: [Queue; NODES],
    delivered: u32,
    expired: u32,
    corrupted: u32,
}

fn make_queues() -> [Queue; NODES] {
    let f = Packet::new(0, 0, Proto::Icmp, 0);
    [Queue::new(f), Queue::new(f), Queue::new(f), Queue::new(f), Queue::new(f)]
}

impl Router {
    fn tick(&mut self) {
        let mut moved = [Packet::new(0, 0, Proto::Icmp, 0); NODES];
        let mut has = [false; NODES];
        for n in 0..NODES {
            has[n] = self.queues[n].take(&mut moved[n]);
        }
        for n in 0..NODES {
            if !has[n] {
                continue;
            }
            let mut p = moved[n];
            if !p.is_valid() {
                self.corrupted += 1;
                continue;
            }
            if p.dst as usize == n {
                self.delivered += 1;
                continue;
            }
            if p.ttl == 0 {
                self.expired += 1;
                continue;
            }
            p.ttl -= 1;
            let hop = net::next_hop(n as u8, p.dst);
            self.queues[hop as usize].push(p);
        }
    }

    fn pending(&self) -> usize {
        let mut n = 0;
        for q in self.queues.iter() {
            n += q.len();
        }
        n
    }
}

fn main() {
    let mut r = Router { queues: make_queues(), delivered: 0, expired: 0, corrupted: 0 };
    let traffic = [(0u8, 3u8, Proto::Tcp, 120u16), (4, 2, Proto::Udp, 60), (1, 4, Proto::Tcp, 1500),
                   (3, 0, Proto::Icmp, 64), (2, 2, Proto::Udp, 30), (0, 4, Proto::Udp, 90)];
    for &(s, d, pr, sz) in traffic.iter() {
        let mut p = Packet::new(s, d, pr, sz);
        if sz > 1000 {
            p.size += 1; // corrupt it on purpose
        }
        println!("{}->{} {:?} payload {} ({} hops)", s, d, pr, p.payload_len(), net::hops(s, d));
        r.queues[s as usize].push(p);
    }
    let mut ticks = 0;
    while r.pending() > 0 && ticks < 50 {
        r.tick();
        ticks += 1;
    }
    println!("ticks={} delivered={} expired={} corrupted={}", ticks, r.delivered, r.expired, r.corrupted);
    for (i, q) in r.queues.iter().enumerate() {
        println!("node {} peak {} dropped {}", i, q.peak(), q.dropped);
    }
}
