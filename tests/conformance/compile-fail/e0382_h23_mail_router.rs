// A mail router that moves messages between queues; non-Copy data everywhere.
#[derive(Debug, Clone, PartialEq)]
struct Header {
    from: u32,
    to: u32,
}

#[derive(Debug, Clone, PartialEq)]
struct Mail {
    header: Header,
    body: [u8; 4],
    urgent: bool,
}

#[derive(Debug)]
enum Route {
    Local(Mail),
    Remote(Mail, u16),
    Drop,
}

fn route(m: Mail) -> Route {
    if m.urgent {
        Route::Local(m)
    } else if m.header.to > 100 {
        Route::Remote(m, 25)
    } else {
        Route::Drop
    }
}

fn main() {
    let base = Mail { header: Header { from: 1, to: 2 }, body: [0; 4], urgent: false };
    let reply = Mail { urgent: true, ..base };
    println!("{:?}", base.header);
    println!("{:?} {}", reply, base.urgent);

    let m2 = Mail { header: Header { from: 3, to: 200 }, body: [1; 4], urgent: false };
    let r = route(m2);
    match r {
        Route::Local(mail) | Route::Remote(mail, _) => println!("{:?}", mail.header),
        Route::Drop => {}
    }
    println!("{:?}", r);

    let m3 = Mail { header: Header { from: 5, to: 6 }, body: [2; 4], urgent: true };
    let h = m3.header;
    let m4 = Mail { header: h, ..m3 };
    println!("{:?} {:?}", m4, m3.body);
    assert_eq!(m4.header, h);

    let m5 = Mail { header: Header { from: 7, to: 8 }, body: [3; 4], urgent: false };
    let copy_of_body = m5.body;
    let moved = m5;
    println!("{:?} {:?} {}", copy_of_body, moved.body, m5.urgent);

    let m6 = Mail { header: Header { from: 9, to: 9 }, body: [4; 4], urgent: false };
    let routed = if m6.urgent { route(m6) } else { Route::Drop };
    match m6 {
        Mail { urgent: true, .. } => {}
        Mail { header, .. } => println!("{:?} {:?}", header, routed),
    }
}
