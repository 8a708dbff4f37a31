<?php
// SimpleSAMLphp 1.19 as the identity provider of SimpleSamlPhpIT, run by PHP's built-in web server
// on loopback. SimpleSamlPhpIdp replaces @BASE_URL@, @DIR@, @SECRET_SALT@ and @ADMIN_PASSWORD@.
$config = [
    'baseurlpath' => '@BASE_URL@',
    'certdir' => '@DIR@/cert/',
    'loggingdir' => '@DIR@/log/',
    'datadir' => '@DIR@/tmp/',
    'tempdir' => '@DIR@/tmp/',
    'metadatadir' => '@DIR@/metadata/',
    'technicalcontact_name' => 'SimpleSamlPhpIT',
    'technicalcontact_email' => 'test@example.org',
    'secretsalt' => '@SECRET_SALT@',
    'auth.adminpassword' => '@ADMIN_PASSWORD@',
    'admin.protectindexpage' => true,
    'admin.protectmetadata' => false,
    'admin.checkforupdates' => false,
    'timezone' => 'UTC',
    'showerrors' => true,
    'errorreporting' => false,
    'logging.level' => SimpleSAML\Logger::DEBUG,
    'logging.handler' => 'file',
    'logging.logfile' => 'simplesamlphp.log',

    'enable.saml20-idp' => true,
    'module.enable' => ['core' => true, 'saml' => true, 'exampleauth' => true],

    // Plain HTTP on loopback: cookies without the Secure flag (SameSite=None would need it).
    'session.cookie.secure' => false,
    'session.cookie.samesite' => 'Lax',
    'language.cookie.secure' => false,
    'language.cookie.samesite' => 'Lax',
    'store.type' => 'phpsession',
    'session.phpsession.savepath' => '@DIR@/sessions',

    // The IdP itself (flat file), and the SP as its published metadata describes it: SimpleSAMLphp
    // reads the signing and encryption certificates and the endpoints from that XML.
    'metadata.sources' => [
        ['type' => 'flatfile'],
        ['type' => 'xml', 'file' => '@DIR@/sp-metadata.xml'],
    ],
];
