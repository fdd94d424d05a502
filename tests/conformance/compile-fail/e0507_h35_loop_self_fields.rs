// Moves inside loops from `&mut self` fields and array elements.
#[derive(Debug)]
struct Packet {
    seq: u32,
    len: u16,
}

struct Link {
    outbox: [Packet; 3],
    last: Packet,
    sent: u32,
}

impl Link {
    fn total_len(&self) -> u32 {
        let mut t = 0;
        for i in 0..3 {
            t += self.outbox[i].len as u32;
        }
        t
    }

    fn flush(&mut self) -> u32 {
        let mut acked = 0;
        for i in 0..3 {
            let p = self.outbox[i];
            acked += p.seq;
            self.sent += 1;
        }
        acked
    }

    fn resend_last(&mut self, times: u32) -> u32 {
        let mut n = 0;
        while n < times {
            let again = self.last;
            n += again.len as u32;
        }
        n
    }
}

fn main() {
    let mut link = Link {
        outbox: [
            Packet { seq: 1, len: 10 },
            Packet { seq: 2, len: 20 },
            Packet { seq: 3, len: 30 },
        ],
        last: Packet { seq: 0, len: 5 },
        sent: 0,
    };
    println!("{}", link.total_len());
    println!("{}", link.flush());
    println!("{}", link.resend_last(2));
    println!("{}", link.sent);
}
