// Match guards and `@` bindings on a borrowed alarm state.
#[derive(Debug)]
struct Zone {
    id: u8,
    level: u8,
}

#[derive(Debug)]
enum Alarm {
    Quiet,
    Tripped(Zone),
    Muted { zone: Zone, minutes: u32 },
}

fn severity(a: &Alarm) -> u8 {
    match *a {
        Alarm::Tripped(Zone { level, .. }) if level > 5 => 2,
        Alarm::Tripped(_) => 1,
        Alarm::Muted { minutes, .. } if minutes > 60 => 1,
        _ => 0,
    }
}

fn escalate(a: &Alarm) -> Zone {
    match *a {
        Alarm::Tripped(z) if z.level > 3 => z,
        Alarm::Muted { ref zone, .. } => Zone { id: zone.id, level: 0 },
        _ => Zone { id: 0, level: 0 },
    }
}

fn snapshot(a: &Alarm) -> Alarm {
    match *a {
        whole @ Alarm::Quiet => whole,
        Alarm::Tripped(ref z) => Alarm::Tripped(Zone { id: z.id, level: z.level }),
        Alarm::Muted { .. } => Alarm::Quiet,
    }
}

fn zone_id(a: &Alarm) -> u8 {
    match a {
        Alarm::Tripped(z) | Alarm::Muted { zone: z, .. } => z.id,
        Alarm::Quiet => 0,
    }
}

fn main() {
    let alarms = [
        Alarm::Quiet,
        Alarm::Tripped(Zone { id: 3, level: 7 }),
        Alarm::Muted { zone: Zone { id: 4, level: 1 }, minutes: 90 },
    ];
    for a in &alarms {
        println!("{} {}", severity(a), zone_id(a));
    }
    println!("{:?} {:?}", escalate(&alarms[1]), snapshot(&alarms[0]));
}
