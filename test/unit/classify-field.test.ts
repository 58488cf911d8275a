import { describe, expect, it } from 'vitest';
import { classifyField } from '../../src/core/classify-field.ts';
import { createField, createSelect } from '../support/factories.ts';

const roleOf = (...args: Parameters<typeof createField>) => {
  const result = classifyField(createField(...args));
  return result.kind === 'role' ? result.role : `${result.kind}:${result.reason}`;
};

describe('a field is what a person reads beside it', () => {
  it('opaque names do not matter: the label decides', () => {
    expect(roleOf({ name: 'input_B03E05C4-4040-F985-52CD-9CA44623DE5E', id: 'input-B03E05C4-4040-F985-52CD-9CA44623DE5E', labels: ['First Name*'] })).toBe('first');
    expect(roleOf({ name: 'input_6.3', id: 'input_2_6_3', labels: ['City'] })).toBe('city');
    expect(roleOf({ name: 'form_fields[field_1d46919]', labels: ['Last Name *'] })).toBe('last');
  });

  it('a placeholder stands in for a missing label (Gravity Forms without labels)', () => {
    expect(roleOf({ name: 'input_3.3', placeholder: 'First Name*' })).toBe('first');
    expect(roleOf({ name: 'input_5', placeholder: 'Street Address*' })).toBe('street');
    expect(roleOf({ name: 'input_9', placeholder: 'Email Address*', type: 'email' })).toBe('email');
    expect(roleOf({ name: 'input_9_2', placeholder: 'Verify Email Address*' })).toBe('email-confirm');
  });

  it('a select\'s first option stands in for its label', () => {
    const topic = createSelect('', [['', 'What is the general topic of your message?*'], 'Agriculture', 'Foreign Relations'], { name: 'input_12' });
    expect(classifyField(topic)).toMatchObject({ role: 'topic' });
    const state = createSelect('', [['', 'State*'], ['IL', 'IL'], ['IN', 'IN']], { name: 'input_8' });
    expect(classifyField(state)).toMatchObject({ role: 'state' });
  });

  it('meaningful names help when nothing else is said', () => {
    expect(roleOf({ name: 'required-first', id: 'required-first' })).toBe('first');
    expect(roleOf({ name: 'ctl00$ctl07$ZipCode', id: 'ctl00_ctl07_ZipCode' })).toBe('zip');
    expect(roleOf({ name: 'zip4', maxLength: 4 })).toBe('zip4');
    expect(roleOf({ name: 'qi_1_hphone' })).toBe('phone');
  });

  it('the autocomplete attribute is believed first', () => {
    expect(roleOf({ autocomplete: 'family-name', labels: ['Name'] })).toBe('last');
  });

  it('a label beats a misleading name (Elementor: form_fields[name] is the prefix)', () => {
    const prefix = createSelect('Prefix', ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'], { name: 'form_fields[name]', id: 'form-field-name' });
    expect(classifyField(prefix)).toMatchObject({ role: 'prefix' });
    const topic = createSelect('Message Topic*', ['Select', 'Agriculture', 'Foreign Policy'], { name: 'form_fields[message]' });
    expect(classifyField(topic)).toMatchObject({ role: 'topic' });
  });

  it('a select named subject lists topics (House forms)', () => {
    const select = createSelect('Subject', ['--Select--', 'Agriculture', 'Foreign Affairs'], { name: 'subject' });
    expect(classifyField(select)).toMatchObject({ role: 'topic' });
  });

  it('a single address box is the whole street address', () => {
    expect(roleOf({ tag: 'textarea', type: 'textarea', name: 'Street', labels: ['Street Address'] })).toBe('address');
  });

  it('a box that takes ZIP+4 in one field', () => {
    expect(roleOf({ labels: ['ZIP Code'], placeholder: '12345-6789', maxLength: 10 })).toBe('zip-full');
  });

  it('an unlabelled textarea on a contact form is the message', () => {
    expect(roleOf({ tag: 'textarea', type: 'textarea', name: 'input_14' })).toBe('message');
  });

  it('"No Response Necessary" means the opposite of a response', () => {
    expect(roleOf({ type: 'checkbox', labels: ['No Response Necessary'] })).toBe('response-inverted');
    expect(roleOf({ type: 'checkbox', labels: ['I do not require a response'] })).toBe('response-inverted');
    expect(roleOf({ type: 'radio', labels: ['Yes, please contact me'], legend: 'Would you like a response?' })).toBe('response');
  });
});

describe('forbidden fields are never classified for filling', () => {
  it('CAPTCHAs, by text or by the widget around them', () => {
    expect(roleOf({ labels: ['Enter the code shown above'] })).toBe('forbidden:captcha');
    expect(roleOf({ name: 'g-recaptcha-response', tag: 'textarea', type: 'textarea' })).toBe('forbidden:captcha');
    expect(roleOf({ labels: ['Email'], nearCaptcha: true })).toBe('forbidden:captcha');
  });

  it('honeypots, even when they look like an email field', () => {
    expect(roleOf({ name: 'email_address_validation_field', labels: ['Email'] })).toBe('forbidden:honeypot');
    expect(roleOf({ labels: ['Leave this field empty'] })).toBe('forbidden:honeypot');
    expect(roleOf({ name: 'website' })).toBe('forbidden:honeypot');
  });

  it('hidden fields, whatever their label', () => {
    expect(roleOf({ labels: ['First Name'], visible: false })).toBe('forbidden:hidden');
  });

  it('passwords and files', () => {
    expect(roleOf({ type: 'password', labels: ['Password'] })).toBe('forbidden:password');
    expect(roleOf({ type: 'file', labels: ['Attachment'] })).toBe('forbidden:file');
  });

  it('newsletter boxes', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Sign up for my newsletter'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['I would like to receive enews updates from Senator Baldwin'] })).toBe('forbidden:newsletter');
  });
});

describe('ambiguity is a refusal, never a guess', () => {
  it('a field that says two things is not filled', () => {
    expect(roleOf({ labels: ['City or ZIP'] })).toBe('unknown:ambiguous');
  });

  it('a field that says nothing is not filled', () => {
    expect(roleOf({ name: 'input_7', id: 'input_2_7' })).toBe('unknown:no-signal');
  });

  it('fields that are not ours are left alone', () => {
    expect(roleOf({ labels: ['Middle Name'] })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Alternate Phone'] })).toBe('unknown:not-ours');
  });
});

describe('payment and account data are never written, whatever else a field says', () => {
  const reason = (...args: Parameters<typeof createField>) => {
    const result = classifyField(createField(...args));
    return result.kind === 'forbidden' ? result.reason : `${result.kind}`;
  };
  it('card fields, by the words a person reads', () => {
    expect(reason({ labels: ['Card number'], type: 'tel' })).toBe('payment');
    expect(reason({ labels: ['Name on card'] })).toBe('payment');
    expect(reason({ labels: ['Expiration date'], placeholder: 'MM/YY' })).toBe('payment');
    expect(reason({ labels: ['Security code (CVC)'] })).toBe('payment');
    expect(reason({ labels: ['Routing number'] })).toBe('payment');
    expect(reason({ labels: ['Account number'] })).toBe('payment');
  });
  it('card fields, by autocomplete and by raw names', () => {
    expect(reason({ labels: ['Phone'], autocomplete: 'cc-number' })).toBe('payment');
    expect(reason({ labels: ['Name'], autocomplete: 'billing cc-name' })).toBe('payment');
    expect(reason({ name: 'cc_number' })).toBe('payment');
    expect(reason({ name: 'cvv2' })).toBe('payment');
  });
  it('a name inside a card section is the cardholder, not the supporter', () => {
    expect(reason({ labels: ['Full name'], legend: 'Credit card details' })).toBe('payment');
  });
  it('account and booking data: user names, reservation and order numbers, job titles, birth dates, SSNs', () => {
    expect(reason({ labels: ['Username'] })).toBe('account');
    expect(reason({ labels: ['Email'], autocomplete: 'username' })).toBe('account');
    expect(reason({ labels: ['Reservation Number'] })).toBe('account');
    expect(reason({ labels: ['Order number'] })).toBe('account');
    expect(reason({ labels: ['Job title'] })).toBe('account');
    expect(reason({ labels: ['Title'], autocomplete: 'organization-title' })).toBe('account');
    expect(reason({ labels: ['Date of birth'] })).toBe('account');
    expect(reason({ labels: ['Social Security Number'] })).toBe('account');
  });
  it('a name field called user_name is still the person\'s name', () => {
    expect(roleOf({ name: 'user_name', labels: ['Your Name'] })).toBe('full-name');
  });
  it('offers and agreements are the person\'s decision: trip insurance, terms, partner offers', () => {
    expect(reason({ type: 'radio', labels: ['Yes, add trip insurance'], legend: 'Protect your trip?' })).toBe('consent');
    expect(reason({ type: 'checkbox', labels: ['I agree to the Terms of Service'] })).toBe('consent');
    expect(reason({ type: 'checkbox', labels: ['Send me special offers from our partners'] })).toBe('consent');
  });
  it('a response question is not an offer', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Yes, I would like a response'] })).toBe('response');
  });
});

describe('the autocomplete grammar is read in full', () => {
  it('section and shipping/billing prefixes', () => {
    expect(roleOf({ autocomplete: 'section-home shipping address-line1' })).toBe('street');
    expect(roleOf({ autocomplete: 'billing postal-code' })).toBe('zip');
    expect(roleOf({ autocomplete: 'section-a given-name' })).toBe('first');
    expect(roleOf({ autocomplete: 'shipping address-level2' })).toBe('city');
    expect(roleOf({ autocomplete: 'home tel' })).toBe('phone');
  });
  it('phone parts', () => {
    expect(roleOf({ autocomplete: 'tel-area-code' })).toBe('phone-area');
    expect(roleOf({ autocomplete: 'tel-local-prefix' })).toBe('phone-exchange');
    expect(roleOf({ autocomplete: 'tel-local-suffix' })).toBe('phone-line');
    expect(roleOf({ autocomplete: 'tel-national' })).toBe('phone');
  });
  it('fields we recognise to leave alone: work and fax numbers, line 3, country, organisation', () => {
    expect(roleOf({ autocomplete: 'work tel', labels: ['Phone'] })).toBe('unknown:not-ours');
    expect(roleOf({ autocomplete: 'fax tel' })).toBe('unknown:not-ours');
    expect(roleOf({ autocomplete: 'address-line3', labels: ['Address'] })).toBe('unknown:not-ours');
    expect(roleOf({ autocomplete: 'shipping country' })).toBe('unknown:not-ours');
    expect(roleOf({ autocomplete: 'organization' })).toBe('unknown:not-ours');
  });
  it('a ZIP+4 box marked postal-code is still the four digits', () => {
    expect(roleOf({ autocomplete: 'postal-code', maxLength: 4 })).toBe('zip4');
  });
});

describe('labels that are not <label> elements', () => {
  it('in an aria-labelledby chain the last caption names the field, the section heading is context', () => {
    expect(roleOf({ labels: ['Mailing address', 'First name'] })).toBe('first');
    expect(roleOf({ labels: ['Mailing address', 'City'] })).toBe('city');
  });
  it('a safety word anywhere in the chain still forbids the field', () => {
    expect(roleOf({ labels: ['Please leave this field empty', 'First name'] })).toBe('forbidden:honeypot');
  });
});

describe('questions answered from their options', () => {
  it('a purpose question: "What would you like to do?"', () => {
    expect(roleOf({ tag: 'select', type: 'select-one', labels: ['What would you like to do?'], options: [{ value: '', text: 'Choose', disabled: false }] })).toBe('purpose');
    const select = createSelect('How can we help you?', ['Select a reason', 'Email the Senator', 'Schedule a meeting', 'Request a flag']);
    expect(classifyField(select)).toMatchObject({ kind: 'role', role: 'purpose' });
  });
  it('a purpose radio is read by its question, not by its own answer', () => {
    expect(roleOf({ type: 'radio', labels: ['Share my opinion on an issue'], legend: 'What would you like to do?' })).toBe('purpose');
  });
  it('a radio of Mr. / Ms. / Mrs. is a prefix', () => {
    expect(roleOf({ type: 'radio', labels: ['Ms.'], name: 'x1' })).toBe('prefix');
  });
  it('a sub-issue list is not the topic', () => {
    expect(classifyField(createSelect('Sub-Issue', ['--', 'Farm bill', 'Food Safety']))).toMatchObject({ kind: 'unknown', reason: 'not-ours' });
  });
});

describe('a box that mixes a reply with a subscription is the person\'s own choice', () => {
  it('"Reply to me and add me to the weekly e-mail digest" is a newsletter box, never ticked', () => {
    expect(roleOf({ type: 'checkbox', labels: ["Reply to me and add me to the Senator's weekly e-mail digest"] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Please add me to your press release list'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['I would like a reply'] })).toBe('response');
  });
});

describe('a reply box that asks for more than a reply is left to the person', () => {
  it('details passed on, news, texts, or word of what comes next: never ticked', () => {
    for (const label of ['Please reply, and pass my details on to the Belarus Freedom campaign', 'Yes, reply to me, and e-mail me news from the Senator every week',
      'Please respond, and text me about upcoming votes', 'I would like a response; you may share my contact information with our partners',
      'Please follow up with me and about future legislation']) {
      expect(roleOf({ type: 'checkbox', labels: [label] }), label).toBe('forbidden:consent');
    }
  });

  it('a box that asks only for a reply, however it says it, is still ticked', () => {
    for (const label of ['I would like a response', 'Please respond to me by e-mail', 'Yes, I would like a reply from the Senator', 'Please contact me about this issue',
      'May we contact you about this issue?', 'I would like a response to my message regarding this legislation']) {
      expect(roleOf({ type: 'checkbox', labels: [label] }), label).toBe('response');
    }
  });
});

describe('a sum to answer is a CAPTCHA', () => {
  it('"Security question: what is 4 + 3?" and "5 + 2 =" are left to the person and pointed out', () => {
    for (const label of ['Security question: what is 4 + 3?', 'Anti-spam: 5 + 2 =', 'What is 6 x 2?']) expect(roleOf({ labels: [label] }), label).toBe('forbidden:captcha');
    expect(roleOf({ labels: ['Street Address'] })).toBe('street');
  });
});

describe('a subscription hidden from the words\' pattern is still a subscription', () => {
  it('letters a person never sees (zero-width spaces, soft hyphens) do not split the word', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Reply to me and send me the e\u200Bnews\u200Bletter'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Please respond and keep me in\u00ADformed'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Please respond and add me to the news\u2060letter'] })).toBe('forbidden:newsletter');
  });

  it('Cyrillic or Greek letters drawn like Latin ones inside an English word are read as the Latin ones', () => {
    // Cyrillic е (U+0435) and Greek ο (U+03BF).
    expect(roleOf({ type: 'checkbox', labels: ['Please reply and sign me up for the n\u0435wsl\u0435tter'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Reply, and \u03BFpt in to updates'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Ｒｅｐｌｙ and ｓｕｂｓｃｒｉｂｅ me'] })).toBe('forbidden:newsletter');
  });

  it('in Ukrainian, Polish and Lithuanian, and in the plainer English of "news", "alerts", "keep me in the loop"', () => {
    for (const label of ['Please reply, і підпишіть мене на розсилку новин', 'Please reply and add me to the biuletyn', 'Atsakykite ir užprenumeruokite naujienlaiškį',
      'Please respond, and send me weekly news and event invitations', 'Reply to me, and sign my email up for alerts', 'Please reply and keep me in the loop',
      'Please respond and send me an occasional update']) {
      expect(roleOf({ type: 'checkbox', labels: [label] }), label).toBe('forbidden:newsletter');
    }
  });

  it('the words of an address block or a list of topics are not a subscription', () => {
    expect(roleOf({ tag: 'select', type: 'select-one', labels: ['Mailing Address State'], options: [{ value: 'IL', text: 'Illinois', disabled: false }] })).not.toBe('forbidden:newsletter');
    expect(roleOf({ type: 'radio', labels: ['Foreign Affairs'], legend: 'Choose a topic from the list' })).not.toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['I would like a response'] })).toBe('response');
  });

  it('a select with no label of its own under a "Sign up" heading is not a subscription; "Dirección postal" is the street', () => {
    expect(roleOf({ tag: 'select', type: 'select-one', ariaLabel: 'Title', nearby: 'Sign up', options: ['', 'Mr.', 'Ms.', 'Mrs.'].map((t) => ({ value: t, text: t || 'Select', disabled: false })) })).toBe('prefix');
    expect(roleOf({ labels: ['Dirección postal *'] })).toBe('street');
    expect(roleOf({ labels: ['Postal address'] })).toBe('street');
    expect(roleOf({ labels: ['Postal code'] })).toBe('zip');
  });

  it('fine print after a labelled box counts', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Please reply to my message'], nearby: 'Ticking this box also subscribes you to the weekly e-newsletter.' })).toBe('forbidden:newsletter');
  });

  it('in French, German, Vietnamese, Tagalog, Chinese, Korean, Arabic, Hebrew and Hindi', () => {
    for (const label of ["Please reply — inscrivez-moi à la lettre d'information", 'Please reply und E-Mail-Verteiler, Rundbrief', 'Please reply — đăng ký nhận bản tin',
      'Please reply — isali ako sa listahan', 'Please reply — 订阅每周简报', 'Please reply — 소식지 구독', 'Please reply — اشتراكي في النشرة', 'Please reply — הרשמו אותי לעלון', 'Please reply — सदस्यता']) {
      // ("bản tin" also reads as a tax id, "TIN": refused either way.)
      expect(roleOf({ type: 'checkbox', labels: [label] }), label).toMatch(/^forbidden:(newsletter|account)$/);
    }
  });

  it('in Russian and Belarusian', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Please reply — і падпішыце мяне на рассылку навін'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Ответьте мне и подпишите на рассылку'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Хачу атрымліваць бюлетэнь'] })).toBe('forbidden:newsletter');
  });
});

describe('a preferred way of contact is not a request for a reply', () => {
  it('"Preferred contact method: Email / Phone" radios are left to the person', () => {
    expect(roleOf({ type: 'radio', name: 'pref', value: 'email', labels: ['Email'], legend: 'Preferred contact method' })).not.toBe('response');
    expect(roleOf({ type: 'checkbox', labels: ['Please contact me about my message'] })).toBe('response');
  });
});

describe('sublabels printed after a box', () => {
  it('"+4" after a ZIP box is the ZIP+4 extension, even under a legend that says address', () => {
    expect(roleOf({ nearby: '+4', legend: 'Your Address', maxLength: 4 })).toBe('zip4');
  });
});

describe('a contact page in Spanish', () => {
  it('reads Nombre, Apellido(s), Correo electrónico, Teléfono, Dirección, Ciudad, Estado, Código postal, Asunto, Mensaje', () => {
    const roles = ['Nombre *', 'Apellido(s) *', 'Correo electrónico *', 'Teléfono', 'Dirección *', 'Apartamento, unidad, etc.', 'Ciudad *', 'Código postal *', 'Asunto *']
      .map((label) => roleOf({ labels: [label] }));
    expect(roles).toEqual(['first', 'last', 'email', 'phone', 'street', 'street2', 'city', 'zip', 'subject']);
    expect(roleOf({ tag: 'textarea', type: 'textarea', labels: ['Mensaje *'] })).toBe('message');
    expect(classifyField(createSelect('Estado *', ['IL', 'IN']))).toMatchObject({ role: 'state' });
  });

  it('never takes "Dirección de correo electrónico" for a street, and leaves a newsletter box alone', () => {
    expect(roleOf({ labels: ['Dirección de correo electrónico'] })).toBe('email');
    expect(roleOf({ type: 'checkbox', labels: ['Suscríbame al boletín electrónico de la Senadora'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['Deseo recibir una respuesta'] })).toBe('response');
  });
});

describe('label wordings that fooled single words', () => {
  it('reads each as a person would', () => {
    const cases: [string, string][] = [
      ['Street Address, Apartment or Suite', 'street'], ['Address Line 2 (Apartment, suite)', 'street2'], ['Apt/Suite/Unit', 'street2'],
      ['Re-type Email', 'email-confirm'], ['Re:', 'subject'], ['Nine-digit ZIP code', 'zip-full'], ['ZIP code (9 digits)', 'zip-full'], ['Zip Code', 'zip'],
    ];
    expect(cases.map(([label]) => [label, roleOf({ labels: [label] })])).toEqual(cases);
  });
});

describe('what a field warns against is not what it is for', () => {
  it('a message box that says "do not include your home address" is still the message', () => {
    const label = 'Message (Please do not include sensitive personal information such as your Social Security number or home address in this box.)';
    expect(roleOf({ tag: 'textarea', type: 'textarea', labels: [label] })).toBe('message');
    expect(roleOf({ tag: 'textarea', type: 'textarea', labels: ['Comments'], nearby: 'Please don\'t send your street address or phone here.' })).toBe('message');
    expect(roleOf({ tag: 'textarea', type: 'textarea', labels: ['Your message (never include your mailing address)'] })).toBe('message');
    // A box for the address itself stays the address.
    expect(roleOf({ tag: 'textarea', type: 'textarea', labels: ['Mailing Address'] })).toBe('address');
  });

  it('on a checkbox, "do not send me a reply" is the answer itself', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Please do not send me a response'] })).toBe('response-inverted');
  });
});

describe('the parts of a name composite that are not the name', () => {
  it('degree, credentials, suffix, generation, nickname, maiden name under "Your Name" are left alone', () => {
    for (const part of ['Degree', 'Credentials', 'Suffix', 'Generation', 'Nickname', 'Maiden name']) {
      const key = part.toLowerCase().replace(' ', '_');
      expect([part, roleOf({ labels: [part], legend: 'Your Name', name: `your_name[${key}]` })]).toEqual([part, 'unknown:not-ours']);
      expect([part, roleOf({ legend: 'Your Name', name: `your_name[${key}]` })]).not.toEqual([part, 'full-name']);
    }
    expect(roleOf({ labels: ['Full name'], legend: 'Your Name', name: 'your_name[full]' })).toBe('full-name');
  });
});

describe('a P.O. box is not a line of the street address', () => {
  it('"P.O. BOX", "PO Box", "Post office box" are left alone; "Street address or P.O. Box" is the street', () => {
    for (const label of ['P.O. BOX:', 'PO Box', 'Post Office Box']) expect([label, roleOf({ labels: [label] })]).toEqual([label, 'unknown:not-ours']);
    expect(roleOf({ name: 'po_box' })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Street Address or P.O. Box'] })).toBe('street');
  });
});

describe('typographic dashes are read as hyphens', () => {
  it('"E‑MAIL" with a non-breaking hyphen, and every other Unicode dash, is the email', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']) {
      expect([dash, roleOf({ labels: [`E${dash}MAIL:`], name: 'f07' })]).toEqual([dash, 'email']);
    }
  });
});

describe('a bill\'s title is not a personal title', () => {
  it('"Bill Title (if known)" and "Title of the legislation" are neither the prefix nor the subject', () => {
    expect(roleOf({ labels: ['Bill Title (if known)'], name: 'bill_title' })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Title of the legislation'] })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Legislation Title'] })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Subject (e.g. a bill number)'] })).toBe('subject');
    expect(classifyField(createSelect('Title', ['', 'Mr.', 'Ms.', 'Dr.']))).toMatchObject({ role: 'prefix' });
  });
});

describe('a list of topics by another name', () => {
  it('"Legislative Interest", "Issue of interest", "Interest" selects are the topic', () => {
    for (const label of ['Legislative Interest *', 'Issue of interest', 'Interest']) {
      expect([label, classifyField(createSelect(label, [['', 'Choose…'], 'Agriculture', 'Foreign Relations']))]).toMatchObject([label, { role: 'topic' }]);
    }
  });

  it('an "Interests" checkbox list is not taken for the topic', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Agriculture'], legend: 'Interests' })).not.toBe('topic');
    expect(roleOf({ type: 'checkbox', labels: ['Foreign Relations'], legend: 'Legislative interests' })).not.toBe('topic');
  });
});

describe('a reply asked for in other words', () => {
  it('"Would you like us to follow up with you?" Yes/No radios are a response question', () => {
    expect(roleOf({ type: 'radio', name: 'followup', value: 'yes', labels: ['Yes'], legend: 'Would you like us to follow up with you?' })).toBe('response');
    expect(roleOf({ type: 'checkbox', labels: ['No follow-up needed'] })).toBe('response-inverted');
    expect(roleOf({ type: 'radio', name: 'how', value: 'email', labels: ['Email'], legend: 'Preferred follow-up method' })).not.toBe('response');
  });

  it('"May we contact you about this issue?" is a response request; never one about events or updates', () => {
    expect(roleOf({ type: 'checkbox', labels: ['May we contact you about this issue?'] })).toBe('response');
    expect(roleOf({ type: 'checkbox', labels: ['Would you like our office to contact you?'] })).toBe('response');
    expect(roleOf({ type: 'checkbox', labels: ['Please do not contact me'] })).toBe('response-inverted');
    expect(roleOf({ type: 'checkbox', labels: ['May we contact you with updates?'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['May we contact you about upcoming events in your area?'] })).not.toBe('response');
    expect(roleOf({ type: 'checkbox', labels: ['May we add you to our mailing list?'] })).toBe('forbidden:newsletter');
  });
});

describe('a subject and a phone named in other words', () => {
  it('a text box "Subject / Topic" is the subject', () => {
    expect(roleOf({ labels: ['Subject / Topic *'] })).toBe('subject');
    expect(roleOf({ labels: ['Topic or subject'] })).toBe('subject');
  });

  it('"Daytime contact number", "Contact number", "Daytime number", "Telephone number" are the phone', () => {
    for (const label of ['Daytime contact number', 'Contact number', 'Daytime number', 'Telephone number']) {
      expect([label, roleOf({ labels: [label] })]).toEqual([label, 'phone']);
    }
    expect(roleOf({ labels: ['Evening contact number'] })).not.toBe('phone');
  });
});
